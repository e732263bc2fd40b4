namespace Interop.Domain.Time;

/// <summary>An agency's office hours: the same daily intervals on every working day, and an optional cut-off.</summary>
public sealed class OfficeHours
{
    /// <summary>Office hours from intervals in day order.</summary>
    /// <param name="intervals">One to several intervals, ordered and not overlapping (touching is allowed).</param>
    /// <param name="cutOff">A dossier received on a local clock time strictly after this counts from the start of
    /// the next working day (Hà Nội: 15:00). <see langword="null"/>: no cut-off.</param>
    /// <exception cref="ArgumentException">No intervals, an empty interval, or intervals out of order or overlapping.</exception>
    public OfficeHours(IEnumerable<OfficeInterval> intervals, TimeOnly? cutOff = null)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var list = intervals.ToList();
        var ordered = list.Zip(list.Skip(1)).All(pair => pair.First.End <= pair.Second.Start);
        if (list.Count == 0 || list.Exists(i => i.Length <= TimeSpan.Zero) || !ordered)
        {
            throw new ArgumentException("Office hours need one or more non-empty intervals in day order, not overlapping.", nameof(intervals));
        }

        Intervals = list;
        CutOff = cutOff;
    }

    /// <summary>The default of the standard: 07:00–11:30 and 13:30–17:00, no cut-off.</summary>
    public static OfficeHours Default { get; } = new(
    [
        new OfficeInterval(new TimeOnly(7, 0), new TimeOnly(11, 30)),
        new OfficeInterval(new TimeOnly(13, 30), new TimeOnly(17, 0)),
    ]);

    /// <summary>The daily intervals, in day order.</summary>
    public IReadOnlyList<OfficeInterval> Intervals { get; }

    /// <summary>The cut-off, if any: receipt strictly after it counts from the next working day's start.</summary>
    public TimeOnly? CutOff { get; }

    /// <summary>The same intervals with another cut-off.</summary>
    /// <param name="cutOff">The new cut-off, or <see langword="null"/> for none.</param>
    public OfficeHours WithCutOff(TimeOnly? cutOff) => new(Intervals, cutOff);
}
