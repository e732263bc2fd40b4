namespace Interop.Bench.Hosts;

/// <summary>
/// CPU of the server and of this process (the client), and the hub's store counters, read at the start
/// and at the end of a run's measured window, so that they cover what the run measured.
/// </summary>
internal sealed class WindowProbe(ChildServer server, bool isHub)
{
    private long serverCpu;
    private long clientCpu;
    private StoreCounters? counters;

    public long ServerCpuMicroseconds { get; private set; }

    public long ClientCpuMicroseconds { get; private set; }

    public StoreCounters? Store { get; private set; }

    /// <summary>Runs a load whose window starts after <paramref name="warmUp"/> and lasts <paramref name="window"/>, probing at both ends.</summary>
    public static async Task<(T Result, WindowProbe Probe)> AroundAsync<T>(ChildServer server, bool isHub, TimeSpan warmUp, TimeSpan window, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        var probe = new WindowProbe(server, isHub);
        var running = load();
        await Task.Delay(warmUp);
        await probe.StartAsync();
        await Task.Delay(window);
        await probe.EndAsync();
        return (await running, probe);
    }

    private async Task StartAsync()
    {
        serverCpu = ProcessStats.CpuMicroseconds(server.Pid);
        clientCpu = ProcessStats.CpuMicroseconds(Environment.ProcessId);
        counters = isHub ? await StoreCounters.ReadAsync(server.Address) : null;
    }

    private async Task EndAsync()
    {
        ServerCpuMicroseconds = ProcessStats.CpuMicroseconds(server.Pid) - serverCpu;
        ClientCpuMicroseconds = ProcessStats.CpuMicroseconds(Environment.ProcessId) - clientCpu;
        Store = isHub && counters is not null ? await StoreCounters.ReadAsync(server.Address) - counters : null;
    }
}
