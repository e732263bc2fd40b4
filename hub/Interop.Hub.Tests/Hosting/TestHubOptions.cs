using Interop.Hub.Tests.Tls;
using Interop.Store;

namespace Interop.Hub.Tests.Hosting;

/// <summary>What a test class varies about its in-process hub; everything else is the shipped configuration.</summary>
internal sealed record TestHubOptions
{
    /// <summary>The hub's data directory, kept at dispose; a fresh temporary one, removed at dispose, when null.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Configuration as on the command line, e.g. <c>--Hub:InboxHeartbeatInterval=00:00:01</c>.</summary>
    public IReadOnlyList<string> Settings { get; init; } = [];

    /// <summary>The hub's clock; the system's when null.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>The SQLite store's hook before each durable commit (to hold a disk sync).</summary>
    public Func<CancellationToken, Task>? BeforeCommit { get; init; }

    /// <summary>Wraps the SQLite store (to force an interleaving).</summary>
    public Func<IDossierStore, IDossierStore>? WrapStore { get; init; }

    /// <summary>Mutual TLS with these certificates and seed, and no development tokens: the hub as a province runs it.</summary>
    public TlsFiles? Tls { get; init; }
}
