using Interop.Bench.Hosts;
using Interop.Load;
using Interop.Load.Runs;

namespace Interop.Bench.Scenarios;

/// <summary>A load run against a server with its CPU (and the hub's store counters) probed over the measured window.</summary>
internal sealed record Measured(LoadResult Result, WindowProbe Probe)
{
    public double ServerCpuPerOk => Result.Ok > 0 ? Probe.ServerCpuMicroseconds / (double)Result.Ok : 0;

    public double ClientCpuPerOk => Result.Ok > 0 ? Probe.ClientCpuMicroseconds / (double)Result.Ok : 0;

    public double? AppendsPerSync => Probe.Store?.AppendsPerSync;

    public static async Task<Measured> RunAsync(BenchContext context, ChildServer server, bool isHub, string mode, LoadSettings settings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(settings);
        var (result, probe) = await WindowProbe.AroundAsync(
            server, isHub, settings.WarmUp, settings.Duration, () => LoadRunner.RunAsync(mode, server.Address, context.Corpus, settings));
        return new Measured(result, probe);
    }
}
