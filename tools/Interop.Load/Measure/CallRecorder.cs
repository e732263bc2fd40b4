using System.Diagnostics;
using Grpc.Core;

namespace Interop.Load.Measure;

/// <summary>
/// Records every call whose intended send time is in the measured window: its status, and its latency
/// from the intended send time (answered calls and refusals apart), whenever it completes.
/// </summary>
internal sealed class CallRecorder(MeasuredWindow window)
{
    private long sent;

    public MeasuredWindow Window { get; } = window;

    public StatusTally Statuses { get; } = new();

    public LatencyHistogram Answered { get; } = new();

    public LatencyHistogram Refused { get; } = new();

    public long Sent => Interlocked.Read(ref sent);

    /// <summary>Runs one call and records it; the status, so that a caller can act on it.</summary>
    public async Task<CallStatus> MeasureAsync(long intended, Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var measured = Window.Contains(intended);
        if (measured)
        {
            Interlocked.Increment(ref sent);
        }

        CallStatus status;
        try
        {
            await call();
            status = CallStatus.Ok;
        }
        catch (RpcException error)
        {
            status = CallStatus.Of(error);
        }

        if (measured)
        {
            var done = Stopwatch.GetTimestamp();
            Statuses.Count(status);
            (status.IsOk ? Answered : Refused).Record(intended, done);
        }

        return status;
    }
}
