using Interop.Hub.Errors;
using Microsoft.Extensions.Options;

namespace Interop.Hub.WritePath;

/// <summary>
/// Bounds the writes in flight (STANDARD.md ERR-6, DESIGN.md §8 overload): beyond
/// <see cref="HubOptions.MaxWritesInFlight"/> a write is refused at once, before it reads or writes
/// anything, with RESOURCE_EXHAUSTED HUB_OVERLOADED and a RetryInfo of 100 to 400 ms (jittered, so
/// refused members do not come back together). Overload then costs neither unbounded memory nor the
/// admitted writes' latency: the excess never waits in the group commit's queue.
/// </summary>
internal sealed class WriteAdmission(IOptions<HubOptions> options)
{
    private readonly int max = options.Value.MaxWritesInFlight;
    private int inFlight;

    /// <summary>Writes admitted and not yet answered.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>Admits a write until the lease is disposed, or refuses it.</summary>
    public Lease Enter()
    {
        if (Interlocked.Increment(ref inFlight) > max)
        {
            Interlocked.Decrement(ref inFlight);
            throw Fail.Overloaded(TimeSpan.FromMilliseconds(100 + Random.Shared.Next(300)));
        }

        return new Lease(this);
    }

    /// <summary>One admitted write.</summary>
    public readonly struct Lease(WriteAdmission admission) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref admission.inFlight);
    }
}
