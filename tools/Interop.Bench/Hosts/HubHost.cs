using System.Diagnostics;
using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Net.Client;

namespace Interop.Bench.Hosts;

/// <summary>The hub as a child process on a data directory, started until it answers grpc.health.v1 SERVING.</summary>
internal static class HubHost
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    /// <summary>Starts the hub and waits for SERVING; answers it with the time from its process start to SERVING.</summary>
    public static async Task<(ChildServer Hub, TimeSpan Serving)> StartAsync(string hubAssembly, string dataDirectory, params string[] settings)
    {
        var hub = ChildServer.Start(hubAssembly, [$"--Hub:DataDirectory={dataDirectory}", .. settings]);
        try
        {
            await WaitUntilServingAsync(hub);
            return (hub, Stopwatch.GetElapsedTime(hub.StartedAt));
        }
        catch
        {
            await hub.DisposeAsync();
            throw;
        }
    }

    private static async Task WaitUntilServingAsync(ChildServer hub)
    {
        using var channel = GrpcChannel.ForAddress(hub.Address);
        var health = new Health.HealthClient(channel);
        var deadline = Stopwatch.GetTimestamp() + (long)(StartTimeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (hub.HasExited)
            {
                throw new InvalidOperationException($"the hub exited before serving:\n{hub.Output}");
            }

            try
            {
                var answer = await health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(2));
                if (answer.Status == HealthCheckResponse.Types.ServingStatus.Serving)
                {
                    return;
                }
            }
            catch (RpcException)
            {
                // Not listening yet.
            }

            await Task.Delay(20);
        }

        throw new TimeoutException($"the hub did not answer SERVING within {StartTimeout}:\n{hub.Output}");
    }
}
