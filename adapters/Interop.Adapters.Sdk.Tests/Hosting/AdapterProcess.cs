using System.Diagnostics;
using Interop.Adapters.Sdk.Hub;
using Interop.Protos.Dossier.V1;

namespace Interop.Adapters.Sdk.Tests.Hosting;

/// <summary>What the adapters' kill loops share: an adapter as its own process, to be killed with SIGKILL, and every dossier of an agency as the hub lists it.</summary>
internal static class AdapterProcess
{
    /// <summary>
    /// Starts the adapter assembly beside the test's (e.g. <c>Interop.Adapters.Land.dll</c>) on a
    /// configuration file; its output is read and dropped. <c>Started</c> completes when it logs that
    /// its host started (its workers run from then on), so that a kill lands while it works, not while
    /// the runtime loads.
    /// </summary>
    public static (Process Process, Task Started) Start(string assembly, string config)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(config);
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{assembly} did not start");
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data?.Contains("Application started", StringComparison.Ordinal) == true)
            {
                started.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, _) => { };
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => started.TrySetResult();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return (process, started.Task);
    }

    /// <summary>Twenty lives or so of an adapter: each started, left to work a random while once its host runs, then killed with SIGKILL.</summary>
    public static async Task KillLoopAsync(string assembly, string config, int kills, Random random, CancellationToken cancellationToken)
    {
        for (var kill = 0; kill < kills; kill++)
        {
            var (adapter, started) = Start(assembly, config);
            using (adapter)
            {
                await started.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
                await Task.Delay(random.Next(200, 2_000), cancellationToken);
                adapter.Kill(entireProcessTree: true);
                await adapter.WaitForExitAsync(cancellationToken);
            }
        }
    }

    /// <summary>Every dossier of the agency, every page read.</summary>
    public static async Task<List<Dossier>> ListAsync(HubConnection connection, string agencyId, CancellationToken cancellationToken)
    {
        var client = new DossierService.DossierServiceClient(connection.Channel);
        var all = new List<Dossier>();
        var token = "";
        do
        {
            var page = await client.ListDossiersAsync(new ListDossiersRequest { AgencyId = agencyId, PageSize = 100, PageToken = token }, connection.Headers, cancellationToken: cancellationToken);
            all.AddRange(page.Dossiers);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }
}
