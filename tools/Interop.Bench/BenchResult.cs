using Interop.Bench.Report;

namespace Interop.Bench;

/// <summary>The JSON of a whole benchmark run (.artifacts/bench/&lt;date&gt;-&lt;commit&gt;.json).</summary>
internal sealed record BenchResult(
    string Date,
    string Commit,
    bool Quick,
    int Cores,
    double HubMaximum,
    IReadOnlyList<ScenarioJson> Scenarios,
    IReadOnlyList<string> Unexpected);

/// <summary>One scenario in the JSON.</summary>
internal sealed record ScenarioJson(string Name, string Title, string Baseline, double Seconds, IReadOnlyList<ReportRow> Rows, IReadOnlyList<string> Unexpected, IReadOnlyDictionary<string, Interop.Load.Runs.LoadResult> Runs)
{
    public static ScenarioJson Of(ScenarioReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new(report.Name, report.Title, report.BaselineName, report.Seconds, report.Rows, report.Unexpected, report.Runs);
    }
}
