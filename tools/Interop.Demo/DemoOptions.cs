namespace Interop.Demo;

/// <summary>The demo's command line.</summary>
public sealed record DemoOptions
{
    /// <summary>The running hub (its development tokens on).</summary>
    public required Uri Hub { get; init; }

    /// <summary>Where the desk program's folder and database, the land system's database and the adapters' configuration files and checkpoints are made.</summary>
    public required string Work { get; init; }

    public string DeskToken { get; init; } = "dev-igate-gialai";

    public string LandToken { get; init; } = "dev-vbdlis-gialai";

    public string AuditorToken { get; init; } = "dev-auditor-vpcp";

    /// <summary>
    /// The run's name, in both adapters' names. Each run installs the adapters afresh, with new
    /// checkpoints and a new land system whose record ids start again, so each needs a name of its own:
    /// request ids are derived from it (the SDK's rule: a name is never reused with another checkpoint).
    /// </summary>
    public string Run { get; init; } = "demo";

    /// <summary>The desk's first receipt number: a hub keeps every desk receipt it was given, so each run needs new ones.</summary>
    public long FirstReceipt { get; init; } = 1;

    /// <summary>The adapters' and the land system's logs on standard error.</summary>
    public bool Verbose { get; init; }

    /// <summary>How long one step may take to show on the other side before the demo gives up.</summary>
    public TimeSpan StepTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
