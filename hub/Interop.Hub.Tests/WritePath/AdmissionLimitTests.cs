using Interop.Hub.WritePath;

namespace Interop.Hub.Tests.WritePath;

/// <summary>The admission limit of overload (DESIGN §8): as many writes in flight as keep their mean latency within the target.</summary>
public sealed class AdmissionLimitTests
{
    private static readonly TimeSpan Target = TimeSpan.FromMilliseconds(20);
    private readonly SteppedClock clock = new();

    [Fact]
    public void Starts_at_the_floor_and_grows_by_a_tenth_per_window_while_writes_reach_it_within_the_target()
    {
        var limit = new AdmissionLimit(64, 1024, Target, clock);

        var seen = new List<int> { limit.Current };
        for (var window = 0; window < 3; window++)
        {
            RunWindow(limit, inFlight: limit.Current, latency: TimeSpan.FromMilliseconds(5));
            seen.Add(limit.Current);
        }

        Assert.Equal([64, 70, 77, 84], seen);
    }

    [Fact]
    public void Does_not_grow_while_writes_stay_well_below_it()
    {
        var limit = new AdmissionLimit(64, 1024, Target, clock);

        RunWindow(limit, inFlight: 10, latency: TimeSpan.FromMilliseconds(5));

        Assert.Equal(64, limit.Current);
    }

    [Fact]
    public void Shrinks_by_a_tenth_per_window_over_the_target_down_to_the_floor_and_never_passes_the_ceiling()
    {
        var limit = new AdmissionLimit(64, 100, Target, clock);
        for (var window = 0; window < 20; window++)
        {
            RunWindow(limit, inFlight: limit.Current, latency: TimeSpan.FromMilliseconds(1));
        }

        var grown = limit.Current;
        RunWindow(limit, inFlight: grown, latency: TimeSpan.FromMilliseconds(80));
        var shrunk = limit.Current;
        for (var window = 0; window < 20; window++)
        {
            RunWindow(limit, inFlight: limit.Current, latency: TimeSpan.FromMilliseconds(80));
        }

        Assert.Equal(100, grown);
        Assert.Equal(90, shrunk);
        Assert.Equal(64, limit.Current);
    }

    [Fact]
    public void A_ceiling_below_the_floor_is_the_limit()
    {
        Assert.Equal(4, new AdmissionLimit(64, 4, Target, clock).Current);
    }

    /// <summary>Writes admitted with <paramref name="inFlight"/> in flight, each taking <paramref name="latency"/>, through one window.</summary>
    private void RunWindow(AdmissionLimit limit, int inFlight, TimeSpan latency)
    {
        limit.Admitted(inFlight);
        limit.Completed(latency.Ticks);
        clock.Advance(AdmissionLimit.Window);
        limit.Completed(latency.Ticks);
    }

    /// <summary>Timestamps the test moves by hand, in ticks of 100 ns.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long ticks = 1;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => ticks;

        public void Advance(TimeSpan by) => ticks += by.Ticks;
    }
}
