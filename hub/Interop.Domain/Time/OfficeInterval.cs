namespace Interop.Domain.Time;

/// <summary>One daily stretch of office hours, local time, start included and end excluded.</summary>
public readonly record struct OfficeInterval
{
    /// <summary>An interval from <paramref name="start"/> to <paramref name="end"/> on the same day.</summary>
    /// <param name="start">Local opening time (included).</param>
    /// <param name="end">Local closing time (excluded), after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is not after <paramref name="start"/>.</exception>
    public OfficeInterval(TimeOnly start, TimeOnly end)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(end, start);
        Start = start;
        End = end;
    }

    /// <summary>Local opening time (included).</summary>
    public TimeOnly Start { get; }

    /// <summary>Local closing time (excluded).</summary>
    public TimeOnly End { get; }

    /// <summary>The working time the interval holds.</summary>
    public TimeSpan Length => End - Start;
}
