using System.Diagnostics;
using Interop.Adapters.Sdk.Hub;
using Interop.Protos.Dossier.V1;

namespace Interop.Adapters.Sdk.Tests.Hosting;

/// <summary>What the adapters' kill loops share: an adapter as its own process, to be killed with SIGKILL, and every dossier of an agency as the hub lists it.</summary>
internal static class AdapterProcess
{
    /// <summary>Starts the adapter assembly beside the test's (e.g. <c>Interop.Adapters.Land.dll</c>) on a configuration file; its output is read and dropped.</summary>
    public static Process Start(string assembly, string config)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, assembly));
        info.ArgumentList.Add("--config");
        info.ArgumentList.Add(config);
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{assembly} did not start");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
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
