using System.Globalization;
using Interop.Adapters.Sdk.Text;
using Interop.Sim.FileDrop;

// interop-sim-filedrop: the desk program of a commune's one-stop office, as a small real program.
return await SimulatorCommand.RunAsync(args, Console.Out, Console.Error);

namespace Interop.Sim.FileDrop
{
    internal static class SimulatorCommand
    {
        private const string Usage = """
            usage: interop-sim-filedrop <command> --share DIR [--db FILE] [options]
              receive --owner NAME [--id N] [--address TEXT] [--commune CODE] [--procedure CODE] [--case CODE] [--summary TEXT] [--officer CODE]
              status RECEIPT CODE [--content TEXT] [--officer CODE]   1 received, 3 handed over, 5 supplemented, 7 returned, ...
              export [--layout csv|fixed] [--encoding tcvn3|vni] [--faults partial,rewrite,alt-name,duplicate,wrong-encoding,malformed]
              export all [--layout csv|fixed] [--encoding tcvn3|vni]  every dossier into DIR/toan-bo/ (the full export an adapter onboards from)
              import [--encoding tcvn3|vni]
              run [--interval SECONDS] [export and import options]    export and import until stopped
              list                                                    the dossiers and their history
            --db defaults to DIR/desk.db; times are the desk's local time (+07:00)
            """;

        public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
        {
            if (args.Length == 0 || !Options.TryParse(args[1..], out var options) || options.Get("share") is not { } share)
            {
                await error.WriteLineAsync(Usage);
                return 2;
            }

            using var store = DeskStore.Open(options.Get("db") ?? Path.Combine(share, "desk.db"));
            var now = DateTime.UtcNow.AddHours(7);
            var folder = new DeskFolder(share, options.Get("layout") == "fixed", EncodingOf(options), FaultsOf(options.Get("faults")));
            switch (args[0])
            {
                case "receive":
                    var received = store.Receive(
                        now, options.Get("procedure") ?? "1.004227", options.Get("case") ?? "TH1", options.Get("owner") ?? "Nguyễn Văn An", options.Get("id") ?? "",
                        options.Get("address") ?? "", options.Get("commune") ?? "23563", options.Get("summary") ?? "Đăng ký biến động quyền sử dụng đất", options.Get("officer") ?? "CB01");
                    await output.WriteLineAsync(received.Receipt);
                    return 0;
                case "status" when options.Positional.Count == 2 && int.TryParse(options.Positional[1], NumberStyles.None, CultureInfo.InvariantCulture, out var status):
                    if (!store.SetStatus(options.Positional[0], status, options.Get("content") ?? "", now, "desk"))
                    {
                        await error.WriteLineAsync($"no dossier {options.Positional[0]}");
                        return 1;
                    }

                    return 0;
                case "export" when options.Positional is ["all"]:
                    await output.WriteLineAsync(await folder.ExportAllAsync(store, now, CancellationToken.None));
                    return 0;
                case "export":
                    await output.WriteLineAsync(await folder.ExportAsync(store, now, CancellationToken.None) ?? "nothing changed");
                    return 0;
                case "import":
                    await output.WriteLineAsync($"{folder.Import(store, now)} lines imported");
                    return 0;
                case "run":
                    using (var stop = new CancellationTokenSource())
                    {
                        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
                        var interval = TimeSpan.FromSeconds(double.Parse(options.Get("interval") ?? "2", CultureInfo.InvariantCulture));
                        while (!stop.IsCancellationRequested)
                        {
                            folder.Import(store, DateTime.UtcNow.AddHours(7));
                            await folder.ExportAsync(store, DateTime.UtcNow.AddHours(7), stop.Token);
                            await Task.Delay(interval, stop.Token).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                        }
                    }

                    return 0;
                case "list":
                    foreach (var dossier in store.All())
                    {
                        await output.WriteLineAsync($"{dossier.Receipt}\t{dossier.Status}\t{dossier.Owner}\t{dossier.Updated:dd/MM/yyyy HH:mm:ss}");
                        foreach (var row in store.History(dossier.Receipt))
                        {
                            await output.WriteLineAsync($"  {row.At:dd/MM/yyyy HH:mm:ss}\t{row.Status}\t{row.Source}\t{row.Content}");
                        }
                    }

                    return 0;
                default:
                    await error.WriteLineAsync(Usage);
                    return 2;
            }
        }

        private static LegacyEncoding EncodingOf(Options options) => options.Get("encoding") == "vni" ? LegacyEncoding.Vni : LegacyEncoding.Tcvn3;

        private static DeskFaults FaultsOf(string? text) => (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Aggregate(DeskFaults.None, (all, name) => all | name switch
        {
            "partial" => DeskFaults.Partial,
            "rewrite" => DeskFaults.Rewrite,
            "alt-name" => DeskFaults.AltName,
            "duplicate" => DeskFaults.Duplicate,
            "wrong-encoding" => DeskFaults.WrongEncoding,
            "malformed" => DeskFaults.Malformed,
            _ => throw new ArgumentException($"unknown fault {name}"),
        });
    }

    /// <summary>The command line's <c>--name value</c> options and positional values.</summary>
    internal sealed class Options
    {
        private readonly Dictionary<string, string> named = new(StringComparer.Ordinal);

        public List<string> Positional { get; } = [];

        public string? Get(string name) => named.GetValueOrDefault(name);

        public static bool TryParse(string[] args, out Options options)
        {
            options = new Options();
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal))
                {
                    options.Positional.Add(args[i]);
                }
                else if (i + 1 < args.Length)
                {
                    options.named[args[i][2..]] = args[++i];
                }
                else
                {
                    return false;
                }
            }

            return true;
        }
    }
}
