using CsCheck;
using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time.Oracle;

/// <summary>Generators of random calendars, office hours, receipts, limits and pauses.</summary>
internal static class ScenarioGen
{
    private const int FirstYear = 2030;
    private static readonly DateTime Origin = new(FirstYear, 1, 1);

    // Mostly Saturday and Sunday; otherwise up to three random rest days, so a week always keeps working days.
    private static readonly Gen<IReadOnlySet<DayOfWeek>> RestDays = Gen.Frequency(
        (3, Gen.Const<IReadOnlySet<DayOfWeek>>(new HashSet<DayOfWeek> { DayOfWeek.Saturday, DayOfWeek.Sunday })),
        (2, Gen.Int[0, 6].HashSet[0, 3].Select(days => (IReadOnlySet<DayOfWeek>)days.Select(d => (DayOfWeek)d).ToHashSet())));

    private static Gen<YearSpec> Year(int year) =>
        from rest in RestDays
        from scattered in Gen.Int[0, 364].HashSet[0, 25]
        from blockStart in Gen.Int[0, 355]
        from blockLength in Gen.Int[0, 9]
        from swaps in Gen.Int[0, 364].HashSet[0, 8]
        let first = new DateOnly(year, 1, 1)
        let off = scattered.Concat(Enumerable.Range(blockStart, blockLength)).Select(first.AddDays).ToHashSet()
        let working = swaps.Select(first.AddDays).Where(d => rest.Contains(d.DayOfWeek) && !off.Contains(d)).ToHashSet()
        select new YearSpec(year, rest, off, working);

    // One to three intervals; at least an hour each so the brute force stays fast; gaps may be zero (touching).
    private static readonly Gen<IReadOnlyList<(int Start, int End)>> Hours =
        (from count in Gen.Int[1, 3]
         from start in Gen.Int[0, 600]
         from lengths in Gen.Int[60, 300].Array[count]
         from gaps in Gen.Int[0, 180].Array[count]
         select (IReadOnlyList<(int Start, int End)>)Intervals(start, lengths, gaps))
        .Where(hours => hours[^1].End < 24 * 60);

    private static readonly Gen<(LimitUnit, decimal)> Limits = Gen.OneOf(
        Gen.Int[1, 24].Select(halves => (LimitUnit.WorkingDays, halves / 2m)),
        Gen.Int[1, 60].Select(hours => (LimitUnit.WorkingHours, (decimal)hours)),
        Gen.Int[1, 40].Select(days => (LimitUnit.CalendarDays, (decimal)days)));

    public static readonly Gen<Scenario> Scenarios =
        from year1 in Year(FirstYear)
        from year2 in Year(FirstYear + 1)
        from coverSecondYear in Gen.Bool
        from restOutside in RestDays
        from hours in Hours
        from cutOff in Gen.Frequency((1, Gen.Const((int?)null)), (1, Gen.Int[0, 24 * 60 - 1].Select(m => (int?)m)))
        from day in Gen.Int[0, 729]
        from minute in MinuteOfDay(hours, cutOff)
        from limit in Limits
        from pauseOffset in Gen.Int[0, 20 * 24 * 60]
        from pauseLength in Gen.Int[0, 10 * 24 * 60]
        let received = Origin.AddDays(day).AddMinutes(minute)
        select new Scenario(
            coverSecondYear ? [year1, year2] : [year1],
            restOutside,
            hours,
            cutOff,
            received,
            limit.Item1,
            limit.Item2,
            received.AddMinutes(pauseOffset),
            received.AddMinutes(pauseOffset + pauseLength));

    // Any minute, or one on or next to an opening, a closing or the cut-off, where off-by-one errors live.
    private static Gen<int> MinuteOfDay(IReadOnlyList<(int Start, int End)> hours, int? cutOff)
    {
        var edges = hours.SelectMany(h => new[] { h.Start, h.End }).Concat(cutOff is int c ? [c] : [])
            .SelectMany(m => new[] { m - 1, m, m + 1 }).Where(m => m is >= 0 and < 24 * 60).ToArray();
        return Gen.Frequency((3, Gen.Int[0, 24 * 60 - 1]), (2, Gen.OneOf(edges)));
    }

    private static List<(int Start, int End)> Intervals(int start, int[] lengths, int[] gaps)
    {
        var intervals = new List<(int Start, int End)>();
        var at = start;
        for (var i = 0; i < lengths.Length; i++)
        {
            intervals.Add((at, at + lengths[i]));
            at += lengths[i] + gaps[i];
        }

        return intervals;
    }
}
