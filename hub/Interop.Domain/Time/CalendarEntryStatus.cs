namespace Interop.Domain.Time;

/// <summary>How firmly a calendar row is established.</summary>
public enum CalendarEntryStatus
{
    /// <summary>Fixed by law (Bộ luật Lao động 2019 arts. 111-112).</summary>
    Statutory,

    /// <summary>Announced in an official notice for the year (e.g. a Bộ Nội vụ notice).</summary>
    Announced,

    /// <summary>Reported but not confirmed from an official notice; may still change.</summary>
    Provisional,
}
