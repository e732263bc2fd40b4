using System.Globalization;
using Interop.Load.Corpus;
using Interop.Load.Runs;

namespace Interop.Load;

/// <summary>The console's command line: a mode and its options.</summary>
internal sealed record LoadCommand(string Mode, Uri Target, LoadSettings Settings, int Requests, PayloadSize Size, string? JsonPath)
{
    public const string Usage = """
        usage: interop-load closed|open|subscribe|handover --target URL [options]
          --target URL           the host: the hub or the echo server (h2c), e.g. http://127.0.0.1:50051
          --token TOKEN          bearer token of the ingest calls (dev-igate-gialai)
          --channels C           gRPC channels (4)
          --concurrency M        closed, handover: calls in flight per channel (16)
          --rate R               open, subscribe: calls per second (500)
          --max-outstanding N    open, subscribe: calls in flight before the client waits (8192)
          --warmup S             seconds of warm-up, not measured (2)
          --duration S           measured seconds (10)
          --requests N           distinct pre-serialised requests (256)
          --size 10k|mix         about 10 KB each, or a mix of 2, 10 and 20 KB (10k)
          --subscribers S        subscribe: inbox subscribers, 1 to 5 (5)
          --json FILE            also write the result as JSON
        """;

    public static LoadCommand Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0] is not ("closed" or "open" or "subscribe" or "handover"))
        {
            throw new ArgumentException("a mode first: closed, open, subscribe or handover");
        }

        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"expected --option value at '{args[i]}'");
            }

            options[args[i][2..]] = args[i + 1];
        }

        var known = new[] { "target", "token", "channels", "concurrency", "rate", "max-outstanding", "warmup", "duration", "requests", "size", "subscribers", "json" };
        if (options.Keys.FirstOrDefault(k => !known.Contains(k)) is { } unknown)
        {
            throw new ArgumentException($"unknown option --{unknown}");
        }

        var defaults = new LoadSettings();
        var settings = defaults with
        {
            Token = options.GetValueOrDefault("token", defaults.Token),
            Channels = Int(options, "channels", defaults.Channels),
            Concurrency = Int(options, "concurrency", defaults.Concurrency),
            Rate = Number(options, "rate", defaults.Rate),
            MaxOutstanding = Int(options, "max-outstanding", defaults.MaxOutstanding),
            WarmUp = TimeSpan.FromSeconds(Number(options, "warmup", defaults.WarmUp.TotalSeconds)),
            Duration = TimeSpan.FromSeconds(Number(options, "duration", defaults.Duration.TotalSeconds)),
            Subscribers = Int(options, "subscribers", defaults.Subscribers),
        };
        var size = options.GetValueOrDefault("size", "10k") switch
        {
            "10k" => PayloadSize.Fixed10K,
            "mix" => PayloadSize.Mix,
            var other => throw new ArgumentException($"--size 10k or mix, not {other}"),
        };
        var target = options.TryGetValue("target", out var address) && Uri.TryCreate(address, UriKind.Absolute, out var uri)
            ? uri
            : throw new ArgumentException("--target URL is required");
        return new LoadCommand(args[0], target, settings, Int(options, "requests", 256), size, options.GetValueOrDefault("json"));
    }

    private static int Int(Dictionary<string, string> options, string name, int fallback)
        => options.TryGetValue(name, out var text) ? int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) : fallback;

    private static double Number(Dictionary<string, string> options, string name, double fallback)
        => options.TryGetValue(name, out var text) ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : fallback;
}
