using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time.Oracle;

/// <summary>
/// Brute force: walks local wall-clock time one minute at a time, asking of each minute "is this a working
/// minute?", and counts. Deliberately slow and simple, sharing no code with the library.
/// </summary>
internal sealed class MinuteOracle
{
    private readonly bool[] openMinute = new bool[24 * 60];
    private readonly Dictionary<int, YearSpec> years;
    private readonly Scenario scenario;

    public MinuteOracle(Scenario scenario)
    {
        this.scenario = scenario;
        years = scenario.Years.ToDictionary(y => y.Year);
        foreach (var (start, end) in scenario.Hours)
        {
            for (var m = start; m < end; m++)
            {
                openMinute[m] = true;
            }
        }
    }

    public bool IsCovered(int year) => years.ContainsKey(year);

    public bool IsWorkingDay(DateOnly date)
    {
        if (!years.TryGetValue(date.Year, out var year))
        {
            return !scenario.RestOutside.Contains(date.DayOfWeek);
        }

        if (year.Working.Contains(date))
        {
            return true;
        }

        return !year.Rest.Contains(date.DayOfWeek) && !year.Off.Contains(date);
    }

    /// <summary>The minute [t, t+1) is worked.</summary>
    public bool IsWorkingMinute(DateTime t) => openMinute[t.Hour * 60 + t.Minute] && IsWorkingDay(DateOnly.FromDateTime(t));

    public DateTime CountingStart(DateTime received)
    {
        var afterCutOff = scenario.CutOff is int cutOff && received.Hour * 60 + received.Minute > cutOff;
        var t = afterCutOff ? received.Date.AddDays(1) : received;
        while (!IsWorkingMinute(t))
        {
            t = t.AddMinutes(1);
        }

        return t;
    }

    public DateTime AddWorkingMinutes(DateTime from, long minutes)
    {
        var t = from;
        while (minutes > 0)
        {
            if (IsWorkingMinute(t))
            {
                minutes--;
            }

            t = t.AddMinutes(1);
        }

        return t;
    }

    public long WorkingMinutesBetween(DateTime from, DateTime to)
    {
        long count = 0;
        for (var t = from; t < to; t = t.AddMinutes(1))
        {
            count += IsWorkingMinute(t) ? 1 : 0;
        }

        return count;
    }

    public DateTime Appointment()
    {
        var start = CountingStart(scenario.Received);
        return scenario.Unit switch
        {
            LimitUnit.WorkingDays => AddWorkingMinutes(start, (long)(scenario.Amount * 8 * 60)),
            LimitUnit.WorkingHours => AddWorkingMinutes(start, (long)(scenario.Amount * 60)),
            _ => FirstWorkingMinuteFrom(start.AddDays((int)scenario.Amount)),
        };
    }

    private DateTime FirstWorkingMinuteFrom(DateTime nominalEnd)
    {
        var t = nominalEnd;
        while (!IsWorkingMinute(t))
        {
            t = t.AddMinutes(1);
        }

        return t;
    }
}
