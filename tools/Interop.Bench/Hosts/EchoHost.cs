using System.Diagnostics;
using System.Net.Sockets;

namespace Interop.Bench.Hosts;

/// <summary>The echo server (baseline B1) as a child process, started until it accepts connections.</summary>
internal static class EchoHost
{
    public static async Task<ChildServer> StartAsync(string echoAssembly)
    {
        var echo = ChildServer.Start(echoAssembly, []);
        var deadline = Stopwatch.GetTimestamp() + (60 * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (echo.HasExited)
            {
                throw new InvalidOperationException($"the echo server exited:\n{echo.Output}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(echo.Address.Host, echo.Address.Port);
                return echo;
            }
            catch (SocketException)
            {
                await Task.Delay(20);
            }
        }

        await echo.DisposeAsync();
        throw new TimeoutException($"the echo server did not listen within 60 s:\n{echo.Output}");
    }
}
