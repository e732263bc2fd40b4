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

    /// <summary>Opt-in to run on a store that cannot guarantee durability (never in production).</summary>
    public bool AllowWeakDurability { get; set; }

    /// <summary>Largest accepted request, in bytes (RESOURCE_EXHAUSTED above it).</summary>
    [Range(1024, 64 * 1024 * 1024)]
    public int MaxMessageBytes { get; set; } = 4 * 1024 * 1024;
}
