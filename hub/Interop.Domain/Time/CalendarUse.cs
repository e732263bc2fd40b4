namespace Interop.Domain.Time;

/// <summary>Which calendar data a computation used: record it with the value computed.</summary>
public sealed class CalendarUse
{
    /// <summary>Describes the calendar data used (e.g. when rebuilding a recorded value).</summary>
    /// <param name="versions">The <see cref="CalendarYear.Version"/> of each year consulted, or the
    /// <c>{calendar}:{year}:weekly-rest-days-only</c> marker of a year that had no calendar.</param>
    /// <param name="coverage">Whether every consulted year had a calendar.</param>
    public CalendarUse(IEnumerable<string> versions, CalendarCoverage coverage)
    {
        ArgumentNullException.ThrowIfNull(versions);
        Versions = [.. versions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Coverage = coverage;
    }

    /// <summary>Versions of the calendar years consulted, distinct, in ordinal order.</summary>
    public IReadOnlyList<string> Versions { get; }

    /// <summary>Whether every consulted year had a calendar.</summary>
    public CalendarCoverage Coverage { get; }

    /// <summary>The use of both computations together.</summary>
    /// <param name="other">The calendar use of another computation.</param>
    public CalendarUse Merge(CalendarUse other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new CalendarUse(Versions.Concat(other.Versions), (CalendarCoverage)Math.Max((int)Coverage, (int)other.Coverage));
    }

    /// <inheritdoc/>
    public override string ToString() => $"{string.Join(", ", Versions)} ({Coverage})";
}
