using System.Globalization;

namespace Interop.Bench;

/// <summary>The benchmark's command line.</summary>
internal sealed record BenchOptions(bool Quick, long? Scale, string? Hub, string? Echo, string? DataRoot, string? JsonPath, IReadOnlySet<string> Only)
{
    public const string Usage = """
        usage: interop-bench [--quick] [--scale 10k|100k|1m] [--only SCENARIO,...] [--hub PATH] [--echo PATH] [--data-root DIR] [--json FILE]
          --quick        short warm-ups and windows, 5k stored dossiers: everything in about two minutes
          --scale N      dossiers stored by the scale scenario (quick 5k, full 100k)
          --only LIST    run only these scenarios: ingest, open, delivery, overload, scale, handover
          --hub PATH     Interop.Hub.dll (default: the repository's build of the benchmark's configuration)
          --echo PATH    Interop.Echo.dll (likewise)
          --data-root    where the scenarios' fresh data directories go (default: the temporary folder, if not tmpfs)
          --json FILE    the result (default: .artifacts/bench/<date>-<commit>.json)
        """;

    public static readonly string[] Scenarios = ["ingest", "open", "delivery", "overload", "scale", "handover"];

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions(false, null, null, null, null, null, new HashSet<string>(Scenarios));
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--quick" => options with { Quick = true },
                "--scale" => options with { Scale = Count(Value()) },
                "--only" => options with { Only = Selected(Value()) },
                "--hub" => options with { Hub = Value() },
                "--echo" => options with { Echo = Value() },
                "--data-root" => options with { DataRoot = Value() },
                "--json" => options with { JsonPath = Value() },
                var other => throw new ArgumentException($"unknown option {other}"),
            };
        }

        return options;
    }

    private static HashSet<string> Selected(string list)
    {
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        return names.FirstOrDefault(n => !Scenarios.Contains(n)) is { } unknown ? throw new ArgumentException($"no scenario {unknown}") : names;
    }

    /// <summary>10k, 100k, 1m or a plain number.</summary>
    private static long Count(string text)
    {
        var lower = text.ToLowerInvariant();
        var (digits, factor) = lower.EndsWith('k') ? (lower[..^1], 1_000L) : lower.EndsWith('m') ? (lower[..^1], 1_000_000L) : (lower, 1L);
        return long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture) * factor;
    }
}
