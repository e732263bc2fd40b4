namespace Interop.Domain.Time;

/// <summary>One dated row of a calendar: a day off, or a working day on a weekly rest day.</summary>
/// <param name="Date">The local date the row is about.</param>
/// <param name="Name">What the day is (e.g. "Tết Âm lịch").</param>
/// <param name="Status">How firmly the row is established.</param>
/// <param name="Basis">The legal text or notice the row rests on.</param>
public sealed record CalendarEntry(DateOnly Date, string Name, CalendarEntryStatus Status, string Basis);
