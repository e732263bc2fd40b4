using System.Globalization;
using Interop.Demo;

// interop-demo [--hub http://127.0.0.1:50051] [--work DIR] [--verbose]: the land dossier's story through a running hub.
string? hub = null, work = null;
var verbose = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--hub" when i + 1 < args.Length: hub = args[++i]; break;
        case "--work" when i + 1 < args.Length: work = args[++i]; break;
        case "--verbose": verbose = true; break;
        default:
            await Console.Error.WriteLineAsync("usage: interop-demo [--hub http://127.0.0.1:50051] [--work DIR] [--verbose]");
            return 2;
    }
}

// Every run is a new desk day's work: its own folder, and receipt numbers the hub has not seen.
var started = DateTimeOffset.UtcNow;
var run = started.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
var options = new DemoOptions
{
    Run = run,
    Hub = new Uri(hub ?? "http://127.0.0.1:50051"),
    Work = work ?? Path.Combine(Path.GetTempPath(), "interop-demo", run),
    FirstReceipt = 1 + (started.ToUnixTimeSeconds() % 900_000),
    Verbose = verbose,
};
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
return await LandDossierDemo.RunAsync(options, DemoClock.Live(), Console.Out, cancel.Token);
