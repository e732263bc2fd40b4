namespace Interop.Adapters.Sdk.Hosting;

/// <summary>The <c>Adapter</c> section of an adapter's one configuration file.</summary>
public sealed record AdapterOptions
{
    /// <summary>The adapter's name: part of every request id it derives, so never changed once it has run.</summary>
    public string Name { get; init; } = "";

    /// <summary>The checkpoint file (SQLite), relative to the configuration file's folder.</summary>
    public string Checkpoint { get; init; } = "adapter.db";

    /// <summary>The agencies whose inboxes the adapter follows into the legacy system.</summary>
    public IReadOnlyList<string> Agencies { get; init; } = [];

    /// <summary>Where the health probe listens (loopback), e.g. <c>http://127.0.0.1:7070</c>; port 0 picks one.</summary>
    public string Health { get; init; } = "http://127.0.0.1:0";
}
