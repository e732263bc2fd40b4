using System.ComponentModel.DataAnnotations;

namespace Interop.Hub;

/// <summary>The hub's settings (configuration section "Hub").</summary>
public sealed class HubOptions
{
    /// <summary>Where the hub keeps its store and signing key; created when missing.</summary>
    [Required]
    public string DataDirectory { get; set; } = "hub-data";

    /// <summary>The registry seed (protobuf JSON of interop.registry.v1.RegistrySnapshot); relative to the hub's folder.</summary>
    [Required]
    public string SeedFile { get; set; } = "registry-seed.json";

    /// <summary>Development bearer tokens: token → member id. Only on loopback.</summary>
    public Dictionary<string, string> DevelopmentTokens { get; set; } = [];

    /// <summary>Mutual TLS: the hub's certificate and key, and the CA of member certificates (PEM paths).</summary>
    public Transport.TlsOptions Tls { get; set; } = new();

    /// <summary>How often the hub looks at its seed file; a changed, valid seed becomes a new registry version (also on SIGHUP).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan RegistryReloadInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Opt-in to run on a store that cannot guarantee durability (never in production).</summary>
    public bool AllowWeakDurability { get; set; }

    /// <summary>False commits without waiting for the disk (needs <see cref="AllowWeakDurability"/>): the benchmark's baseline B2 only.</summary>
    public bool SyncCommits { get; set; } = true;

    /// <summary>
    /// The origin line of the log's checkpoints, also the signing key's name (C2SP signed note: no
    /// spaces, no '+'); "interop-hub/&lt;log id&gt;" when empty. Changing it changes the key id, not the key.
    /// </summary>
    [RegularExpression(@"^[^\s+]+$")]
    public string? LogOrigin { get; set; }

    /// <summary>Largest accepted request, in bytes (RESOURCE_EXHAUSTED above it).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Inbox items routed longer ago are pruned; a cursor before the oldest retained item answers OUT_OF_RANGE CURSOR_EXPIRED (STANDARD INBOX-5 asks for 30 days at least).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(30);

    /// <summary>How often an inbox stream carries a heartbeat (head, acknowledgement, latest checkpoint).</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:00:30")]
    public TimeSpan InboxHeartbeatInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often the retention service prunes inboxes.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "1.00:00:00")]
    public TimeSpan InboxPruneInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Writes (mutations) the hub admits in flight at most; beyond the limit of the moment a write is refused at once with RESOURCE_EXHAUSTED HUB_OVERLOADED (STANDARD.md ERR-6).</summary>
    [Range(1, 1_000_000)]
    public int MaxWritesInFlight { get; set; } = 1024;

    /// <summary>Writes admitted in flight however slow they are: the admission limit never falls below it (nor above <see cref="MaxWritesInFlight"/>).</summary>
    [Range(1, 1_000_000)]
    public int MinWritesInFlight { get; set; } = 16;

    /// <summary>The admitted writes' mean latency the admission limit keeps to: it shrinks while writes take longer, and grows while they do not and the limit is reached.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:01:00")]
    public TimeSpan WriteLatencyTarget { get; set; } = TimeSpan.FromMilliseconds(20);
}
