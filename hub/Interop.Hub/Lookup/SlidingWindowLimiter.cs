using System.Collections.Concurrent;

namespace Interop.Hub.Lookup;

/// <summary>
/// At most <c>limit</c> hits per key within a sliding window, in memory. <see cref="TryTake"/> takes a
/// hit before the outcome is known (handed back on success), so concurrent guesses cannot overrun the
/// limit. Keys whose hits have all expired are swept: memory follows recent failures.
/// </summary>
internal sealed class SlidingWindowLimiter(int limit, TimeSpan window, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Hits> byKey = new(StringComparer.Ordinal);
    private long lastSweepTicks = time.GetUtcNow().UtcTicks;

    /// <summary>How many keys are tracked now (swept keys are not).</summary>
    public int TrackedKeys => byKey.Count;

    /// <summary>Takes a hit for the key, or answers how long until one is free (nothing is taken then).</summary>
    public LimiterHit TryTake(string key)
    {
        // At most one sweep per window (or per minute for longer windows), by whichever call comes first.
        var nowTicks = time.GetUtcNow().UtcTicks;
        var last = Interlocked.Read(ref lastSweepTicks);
        if (nowTicks - last >= Math.Min(window.Ticks, TimeSpan.TicksPerMinute) && Interlocked.CompareExchange(ref lastSweepTicks, nowTicks, last) == last)
        {
            Sweep();
        }

        while (true)
        {
            var hits = byKey.GetOrAdd(key, _ => new Hits());
            lock (hits)
            {
                if (hits.Removed)
                {
                    continue;
                }

                var now = time.GetUtcNow();
                hits.Expire(now - window);
                if (hits.Times.Count >= limit)
                {
                    return new LimiterHit(key, default, hits.Times.Peek() + window - now, false);
                }

                hits.Times.Enqueue(now);
                return new LimiterHit(key, now, null, hits.Times.Count == limit);
            }
        }
    }

    /// <summary>Hands a hit back (the attempt succeeded).</summary>
    public void Return(LimiterHit hit)
    {
        if (hit.RetryAfter is not null || !byKey.TryGetValue(hit.Key, out var hits))
        {
            return;
        }

        lock (hits)
        {
            var kept = hits.Times.ToList();
            if (kept.Remove(hit.Time))
            {
                hits.Times.Clear();
                kept.ForEach(hits.Times.Enqueue);
            }
        }
    }

    private void Sweep()
    {
        var oldest = time.GetUtcNow() - window;
        foreach (var (key, hits) in byKey)
        {
            lock (hits)
            {
                hits.Expire(oldest);
                if (hits.Times.Count == 0)
                {
                    hits.Removed = true;
                    byKey.TryRemove(new KeyValuePair<string, Hits>(key, hits));
                }
            }
        }
    }

    private sealed class Hits
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public bool Removed { get; set; }

        public void Expire(DateTimeOffset oldest)
        {
            while (Times.Count > 0 && Times.Peek() <= oldest)
            {
                Times.Dequeue();
            }
        }
    }
}
