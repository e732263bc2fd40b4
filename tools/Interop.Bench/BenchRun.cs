using System.Diagnostics;
using System.Globalization;
using Interop.Bench.Hosts;
using Interop.Bench.Report;
using Interop.Bench.Scenarios;
using Interop.Load.Report;

namespace Interop.Bench;

/// <summary>Runs the scenarios in order (ingest first: the others derive their rates from its maximum), prints their tables and the summary, writes the JSON.</summary>
internal static class BenchRun
{
    private static readonly (string Name, Func<BenchContext, Task<ScenarioReport>> Run)[] Scenarios =
    [
        ("ingest", IngestScenario.RunAsync),
        ("open", OpenLoopScenario.RunAsync),
        ("delivery", DeliveryScenario.RunAsync),
        ("overload", OverloadScenario.RunAsync),
        ("scale", ScaleScenario.RunAsync),
        ("handover", HandoverScenario.RunAsync),
    ];

    /// <summary>0 when every scenario completed with only the statuses it expects, 1 otherwise.</summary>
    public static async Task<int> RunAsync(BenchOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var profile = BenchProfile.For(options.Quick, options.Scale);
        var context = new BenchContext(profile, BuildOutputs.Hub(options.Hub), BuildOutputs.Echo(options.Echo), new DataDirectories(options.DataRoot), output);
        output.WriteLine($"interop-bench {(profile.Quick ? "--quick" : "full run")}: hub {context.HubAssembly}, data under {context.Data.Root}, {Environment.ProcessorCount} cores");
        var reports = new List<ScenarioReport>();
        var started = Stopwatch.GetTimestamp();
        foreach (var (name, run) in Scenarios.Where(s => options.Only.Contains(s.Name)))
        {
            if (name != "ingest" && context.HubMaximum == 0)
            {
                context.HubMaximum = 500;
                context.Log("ingest did not run: rates derive from an assumed maximum of 500/s");
            }

            output.WriteLine($"-- {name}");
            var scenarioStarted = Stopwatch.GetTimestamp();
            ScenarioReport report;
            try
            {
                report = await run(context);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                report = new ScenarioReport(name, name, "");
                report.Unexpected.Add($"the scenario failed: {error}");
            }

            report.Seconds = Stopwatch.GetElapsedTime(scenarioStarted).TotalSeconds;
            TablePrinter.Print(report, output);
            reports.Add(report);
        }

        var unexpected = reports.SelectMany(r => r.Unexpected.Select(u => $"{r.Name}: {u}")).ToList();
        PrintSummary(reports, output, Stopwatch.GetElapsedTime(started));
        var commit = Commit();
        var path = options.JsonPath ?? Path.Combine(BuildOutputs.RepositoryRoot(), ".artifacts", "bench", $"{DateTime.UtcNow:yyyy-MM-dd}-{commit}.json");
        ResultJson.Write(path, new BenchResult(DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), commit, profile.Quick, Environment.ProcessorCount, context.HubMaximum, [.. reports.Select(ScenarioJson.Of)], unexpected));
        output.WriteLine($"wrote {path}");
        output.WriteLine(unexpected.Count == 0 ? "every scenario completed with the statuses it expects" : $"{unexpected.Count} unexpected: " + string.Join("; ", unexpected));
        return unexpected.Count == 0 ? 0 : 1;
    }

    private static void PrintSummary(List<ScenarioReport> reports, TextWriter output, TimeSpan elapsed)
    {
        var summary = new ScenarioReport("summary", "Summary", "baseline");
        foreach (var report in reports)
        {
            summary.Rows.AddRange(report.Rows.Where(r => r.InSummary).Select(r => r with { Metric = $"{report.Name}: {r.Metric}" }));
            summary.Unexpected.AddRange(report.Unexpected.Select(u => $"{report.Name}: {u}"));
        }

        summary.Seconds = elapsed.TotalSeconds;
        TablePrinter.Print(summary, output);
    }

    private static string Commit()
    {
        try
        {
            var info = new ProcessStartInfo("git", ["rev-parse", "--short", "HEAD"]) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = BuildOutputs.RepositoryRoot() };
            using var git = Process.Start(info)!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
