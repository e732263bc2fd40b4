using Interop.Hub.Errors;
using Microsoft.Extensions.Options;

namespace Interop.Hub.WritePath;

/// <summary>
/// Bounds the writes in flight (STANDARD.md ERR-6, DESIGN.md §8 overload): beyond the
/// <see cref="AdmissionLimit"/> of the moment (between <see cref="HubOptions.MinWritesInFlight"/> and
/// <see cref="HubOptions.MaxWritesInFlight"/>, as many as keep the admitted writes' mean latency within
/// <see cref="HubOptions.WriteLatencyTarget"/>) a write is refused at once, before it reads or writes
/// anything, with RESOURCE_EXHAUSTED HUB_OVERLOADED and a RetryInfo of 100 to 400 ms (jittered, so
/// refused members do not come back together). Overload then costs neither unbounded memory nor the
/// admitted writes' latency: the excess never waits in the group commit's queue.
/// </summary>
internal sealed class WriteAdmission
{
    private readonly AdmissionLimit limit;
    private readonly TimeProvider time;
    private int inFlight;

    public WriteAdmission(IOptions<HubOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var settings = options.Value;
        this.time = time;
        limit = new AdmissionLimit(settings.MinWritesInFlight, settings.MaxWritesInFlight, settings.WriteLatencyTarget, time);
    }

    /// <summary>Writes admitted and not yet answered.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    /// <summary>The writes admitted in flight at most, now.</summary>
    public int Limit => limit.Current;

    /// <summary>Whether a write arriving now would be refused (a moment's reading; <see cref="Enter"/> decides).</summary>
    public bool IsFull => InFlight >= limit.Current;

    /// <summary>The RetryInfo delay of a refusal: 100 to 400 ms, jittered so that refused members do not come back together.</summary>
    public static TimeSpan RetryDelay() => TimeSpan.FromMilliseconds(100 + Random.Shared.Next(300));

    /// <summary>Admits a write until the lease is disposed, or refuses it.</summary>
    public Lease Enter()
    {
        var now = Interlocked.Increment(ref inFlight);
        if (now > limit.Current)
        {
            Interlocked.Decrement(ref inFlight);
            throw Fail.Overloaded(RetryDelay());
        }

        limit.Admitted(now);
        return new Lease(this, time.GetTimestamp());
    }

    /// <summary>One admitted write.</summary>
    public readonly struct Lease(WriteAdmission admission, long started) : IDisposable
    {
        public void Dispose()
        {
            Interlocked.Decrement(ref admission.inFlight);
            admission.limit.Completed(admission.time.GetTimestamp() - started);
        }
    }
}
