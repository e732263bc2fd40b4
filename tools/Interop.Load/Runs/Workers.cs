using Interop.Load.Measure;

namespace Interop.Load.Runs;

/// <summary>The closed loops' frame: channels × concurrency workers sharing one recorder, through the warm-up and the measured window.</summary>
internal static class Workers
{
    public static async Task<CallRecorder> RunAsync(IngestPlan plan, Func<Grpc.Core.CallInvoker, CallRecorder, Task> work)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(work);
        var settings = plan.Settings;
        var channels = plan.Target.OpenChannels(settings.Channels);
        try
        {
            var recorder = new CallRecorder(MeasuredWindow.After(settings.WarmUp, settings.Duration));
            await Task.WhenAll(channels.SelectMany(channel => Enumerable.Range(0, settings.Concurrency).Select(_ => work(channel.CreateCallInvoker(), recorder))));
            return recorder;
        }
        finally
        {
            foreach (var channel in channels)
            {
                channel.Dispose();
            }
        }
    }
}
