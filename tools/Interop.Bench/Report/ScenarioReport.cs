using Interop.Load.Runs;

namespace Interop.Bench.Report;

/// <summary>What one scenario measured: its table, the runs behind it, and any status it did not expect.</summary>
internal sealed class ScenarioReport(string name, string title, string baselineName)
{
    public string Name { get; } = name;

    public string Title { get; } = title;

    /// <summary>What the baseline column holds (the echo server, the no-sync hub, the unloaded hub…).</summary>
    public string BaselineName { get; } = baselineName;

    public List<ReportRow> Rows { get; } = [];

    public Dictionary<string, LoadResult> Runs { get; } = [];

    /// <summary>Statuses or checks that went otherwise than the scenario expects (empty on success).</summary>
    public List<string> Unexpected { get; } = [];

    public double Seconds { get; set; }

    public void Add(string metric, double? hub, double? baseline = null, string note = "", bool inSummary = false) => Rows.Add(new ReportRow(metric, hub, baseline, note, inSummary));

    /// <summary>
    /// Keeps a run and checks its statuses: a hub may also refuse with RESOURCE_EXHAUSTED HUB_OVERLOADED
    /// and a RetryInfo whenever more writes are in flight than its admission limit of the moment (its
    /// designed answer, STANDARD ERR-6); the echo server answers OK only.
    /// </summary>
    public LoadResult Keep(string run, LoadResult result, bool overloadAllowed = true)
    {
        ArgumentNullException.ThrowIfNull(result);
        Runs[run] = result;
        Unexpected.AddRange(StatusCheck.Unexpected(result, overloadAllowed).Select(u => $"{run}: {u}"));
        return result;
    }
}
