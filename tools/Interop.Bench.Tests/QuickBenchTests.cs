using System.Text.Json;

namespace Interop.Bench.Tests;

/// <summary>
/// The benchmark's quick variant end to end, against the hub and echo server of this build: every
/// scenario must complete with only the statuses it expects (OK; under overload also the refusals
/// with RetryInfo) and lose nothing acknowledged. No figure is asserted: timing goals belong to the
/// benchmark, not to tests.
/// </summary>
public sealed class QuickBenchTests
{
    [Fact]
    [Trait(TestStage.Name, TestStage.Slow)]
    public async Task The_quick_benchmark_completes_every_scenario_with_only_expected_statuses()
    {
        using var folder = new TempDirectory("bench-smoke-");
        var json = Path.Combine(folder.Path, "bench.json");
        var output = new StringWriter();

        var code = await BenchRun.RunAsync(BenchOptions.Parse(["--quick", "--json", json, "--data-root", folder.Path]), output);

        Assert.True(code == 0, output.ToString());
        using var result = JsonDocument.Parse(File.ReadAllText(json));
        Assert.Equal(BenchOptions.Scenarios, result.RootElement.GetProperty("scenarios").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.Equal(0, result.RootElement.GetProperty("unexpected").GetArrayLength());
    }
}
