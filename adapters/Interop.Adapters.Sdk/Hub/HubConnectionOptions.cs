namespace Interop.Adapters.Sdk.Hub;

/// <summary>Where the hub is and how the adapter proves who it is: mutual TLS in production, a development token on a developer's machine.</summary>
public sealed record HubConnectionOptions
{
    /// <summary>The hub's address: <c>https://</c> with mutual TLS, or <c>http://</c> (h2c) with a development token on loopback.</summary>
    public required Uri Address { get; init; }

    /// <summary>The member's client certificate and key (PEM files), for mutual TLS.</summary>
    public string? ClientCertificate { get; init; }

    public string? ClientKey { get; init; }

    /// <summary>The CA that issued the hub's certificate (PEM), the only root trusted for it.</summary>
    public string? HubCa { get; init; }

    /// <summary>A development bearer token (the hub's <c>Hub:DevelopmentTokens</c>); never outside a developer's machine.</summary>
    public string? DevelopmentToken { get; init; }

    public HubRetryOptions Retry { get; init; } = new();
}
