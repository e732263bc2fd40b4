namespace Interop.Domain.Tests.Time.Oracle;

/// <summary>One random calendar year as plain sets, read both by the oracle and by the library under test.</summary>
internal sealed record YearSpec(int Year, IReadOnlySet<DayOfWeek> Rest, IReadOnlySet<DateOnly> Off, IReadOnlySet<DateOnly> Working)
{
    public override string ToString() =>
        $"{Year}: rest [{string.Join(',', Rest.Order())}], off [{string.Join(',', Off.Order().Select(d => d.ToString("MM-dd")))}], working [{string.Join(',', Working.Order().Select(d => d.ToString("MM-dd")))}]";
}
