using Interop.Bench.Hosts;
using Interop.Load.Corpus;
using Interop.Load.Runs;

namespace Interop.Bench;

/// <summary>What every scenario uses: the profile, the programs, the data directories, the corpus, and the maximum measured so far.</summary>
internal sealed class BenchContext(BenchProfile profile, string hub, string echo, DataDirectories data, TextWriter output)
{
    public BenchProfile Profile { get; } = profile;

    public string HubAssembly { get; } = hub;

    public string EchoAssembly { get; } = echo;

    public DataDirectories Data { get; } = data;

    public TextWriter Output { get; } = output;

    public DossierCorpus Corpus { get; } = DossierCorpus.Build(256, PayloadSize.Fixed10K);

    /// <summary>The durable hub's best closed-loop throughput (OK/s); the rates of later scenarios derive from it.</summary>
    public double HubMaximum { get; set; }

    /// <summary>The closed-loop shape that reached <see cref="HubMaximum"/>.</summary>
    public (int Channels, int Concurrency) BestShape { get; set; } = BenchProfile.Shapes[0];

    public LoadSettings Closed(int channels, int concurrency) => new()
    {
        Channels = channels,
        Concurrency = concurrency,
        WarmUp = Profile.WarmUp,
        Duration = Profile.Window,
    };

    public LoadSettings Open(double rate, int channels = 4) => new()
    {
        Channels = channels,
        Rate = rate,
        WarmUp = Profile.WarmUp,
        Duration = Profile.Window,
    };

    /// <summary>A fresh hub on a fresh data directory; the directory is removed with the returned handle.</summary>
    public async Task<HubOnDisk> StartHubAsync(string scenario, params string[] settings)
    {
        var directory = Data.Create(scenario);
        var (hub, _) = await HubHost.StartAsync(HubAssembly, directory, settings);
        return new HubOnDisk(hub, directory);
    }

    public void Log(string line) => Output.WriteLine($"  … {line}");
}
