using Interop.Domain.Time;

namespace Interop.Domain.Statistics;

/// <summary>A period of local dates, both ends included.</summary>
internal sealed record ReportingPeriod(DateOnly Start, DateOnly End)
{
    /// <summary>
    /// The instant open dossiers are judged at: the last millisecond of the last local day. Its local date is
    /// still <see cref="End"/>, so a dossier due that day is not late yet; one due the day before is.
    /// </summary>
    public DateTimeOffset EndInstant { get; } = VietnamTime.At(End, new TimeOnly(23, 59, 59, 999));

    public bool Contains(DateOnly date) => date >= Start && date <= End;
}
