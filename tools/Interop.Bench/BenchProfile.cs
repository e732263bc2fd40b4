namespace Interop.Bench;

/// <summary>How long each part runs: --quick (everything in under two minutes, to see it work) or the full run (figures to quote).</summary>
internal sealed record BenchProfile(bool Quick, TimeSpan WarmUp, TimeSpan Window, TimeSpan Overload, long ScaleDossiers, TimeSpan SyncProbe)
{
    /// <summary>The closed-loop shapes of the ingest scenario: channels × calls per channel.</summary>
    public static readonly (int Channels, int Concurrency)[] Shapes = [(4, 16), (8, 32)];

    public static BenchProfile For(bool quick, long? scale) => quick
        ? new BenchProfile(true, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(15), scale ?? 5_000, TimeSpan.FromSeconds(0.5))
        : new BenchProfile(false, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(60), scale ?? 100_000, TimeSpan.FromSeconds(2));
}
