namespace Interop.Domain.Units;

/// <summary>The local dates on which something is in force, both ends inclusive; a null end is open.</summary>
/// <param name="From">The first day, or null when the start is not known or not bounded.</param>
/// <param name="Until">The last day, or null while still in force.</param>
public readonly record struct ValidityPeriod(DateOnly? From, DateOnly? Until)
{
    /// <summary>Whether <paramref name="date"/> falls within the period.</summary>
    /// <param name="date">A local date (Asia/Ho_Chi_Minh).</param>
    /// <returns>True when in force on that date.</returns>
    public bool Contains(DateOnly date) => (From is null || date >= From.Value) && (Until is null || date <= Until.Value);
}
