using Interop.Hub.Lookup;

namespace Interop.Hub.Tests.Lookup;

/// <summary>The look-up's limiter with a clock moved by hand.</summary>
public sealed class SlidingWindowLimiterTests
{
    private readonly ManualTime time = new();

    [Fact]
    public void Key_is_refused_after_the_limit_until_its_oldest_hit_leaves_the_window()
    {
        var limiter = new SlidingWindowLimiter(3, TimeSpan.FromMinutes(15), time);
        limiter.TryTake("c");
        time.Advance(TimeSpan.FromMinutes(5));
        limiter.TryTake("c");
        var last = limiter.TryTake("c");

        var refused = limiter.TryTake("c");
        time.Advance(TimeSpan.FromMinutes(10) - TimeSpan.FromSeconds(1));
        var stillRefused = limiter.TryTake("c");
        time.Advance(TimeSpan.FromSeconds(1));
        var free = limiter.TryTake("c");

        Assert.True(last.FilledWindow);
        Assert.Equal(TimeSpan.FromMinutes(10), refused.RetryAfter);
        Assert.Equal(TimeSpan.FromSeconds(1), stillRefused.RetryAfter);
        Assert.False(free.Refused);
        Assert.True(limiter.TryTake("c").Refused);
    }

    [Fact]
    public void Returned_hits_do_not_count_and_keys_are_independent()
    {
        var limiter = new SlidingWindowLimiter(2, TimeSpan.FromMinutes(1), time);
        for (var i = 0; i < 5; i++)
        {
            limiter.Return(limiter.TryTake("a"));
        }

        limiter.TryTake("b");
        limiter.TryTake("b");

        Assert.True(limiter.TryTake("b").Refused);
        Assert.False(limiter.TryTake("a").Refused);
        Assert.False(limiter.TryTake("a").Refused);
        Assert.True(limiter.TryTake("a").Refused);
    }

    [Fact]
    public void Concurrent_attempts_never_take_more_than_the_limit()
    {
        var limiter = new SlidingWindowLimiter(5, TimeSpan.FromMinutes(15), time);

        var taken = 0;
        Parallel.For(0, 2000, _ =>
        {
            if (!limiter.TryTake("c").Refused)
            {
                Interlocked.Increment(ref taken);
            }
        });

        Assert.Equal(5, taken);
    }

    [Fact]
    public void Expired_keys_are_swept_and_start_afresh()
    {
        var limiter = new SlidingWindowLimiter(1, TimeSpan.FromMinutes(1), time);
        for (var i = 0; i < 3000; i++)
        {
            limiter.TryTake($"k-{i}");
        }

        var tracked = limiter.TrackedKeys;
        time.Advance(TimeSpan.FromMinutes(2));
        limiter.TryTake("other");

        Assert.Equal(3000, tracked);
        Assert.Equal(1, limiter.TrackedKeys);
        for (var i = 0; i < 3000; i++)
        {
            Assert.False(limiter.TryTake($"k-{i}").Refused);
        }
    }
}
