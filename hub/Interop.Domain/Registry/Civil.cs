using Interop.Protos.Type.V1;

namespace Interop.Domain.Registry;

/// <summary>Conversions between the schema's civil dates and .NET dates.</summary>
public static class Civil
{
    /// <summary>The date, or null when it is partial or no such day exists (month 13, 30 February).</summary>
    public static DateOnly? ToDate(CivilDate? date)
        => date is { Year: > 0 and <= 9999, Month: > 0 and <= 12, Day: > 0 } && date.Day <= DateTime.DaysInMonth(date.Year, date.Month)
            ? new DateOnly(date.Year, date.Month, date.Day)
            : null;

    public static CivilDate FromDate(DateOnly date) => new() { Year = date.Year, Month = date.Month, Day = date.Day };

    /// <summary>Whether a date lies in a range (unset ends are open).</summary>
    public static bool Contains(DateRange? range, DateOnly date)
        => (ToDate(range?.Start) is not { } start || start <= date) && (ToDate(range?.End) is not { } end || date <= end);
}
