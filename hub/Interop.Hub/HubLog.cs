using Interop.Protos.Error.V1;

namespace Interop.Hub;

/// <summary>The hub's log messages. Dossier ids and codes only: never names, ID numbers or addresses.</summary>
internal static partial class HubLog
{
    [LoggerMessage(1, LogLevel.Warning, "DEVELOPMENT MODE: members authenticate with bearer tokens from configuration ({TokenCount} tokens); the hub listens on loopback only. Never run a province like this.")]
    public static partial void DevelopmentTokens(ILogger logger, int tokenCount);

    [LoggerMessage(2, LogLevel.Information, "Registry version {Version} in force ({Agencies} agencies, {Procedures} procedures, {Members} members)")]
    public static partial void RegistryLoaded(ILogger logger, long version, int agencies, int procedures, int members);

    [LoggerMessage(3, LogLevel.Error, "Store unavailable during {Method}")]
    public static partial void StoreUnavailable(ILogger logger, string method, Exception error);

    [LoggerMessage(4, LogLevel.Error, "Unhandled error in {Method}")]
    public static partial void UnhandledError(ILogger logger, string method, Exception error);

    [LoggerMessage(5, LogLevel.Warning, "Refusal of {Method} could not be recorded: the store is unavailable")]
    public static partial void RefusalNotRecorded(ILogger logger, string method, Exception error);

    [LoggerMessage(6, LogLevel.Information, "Auditor {MemberId} read {Method} for {Subject}")]
    public static partial void AuditorRead(ILogger logger, string memberId, string method, string subject);

    [LoggerMessage(7, LogLevel.Warning, "Store health changed: writable={Writable}")]
    public static partial void StoreHealth(ILogger logger, bool writable);

    [LoggerMessage(8, LogLevel.Debug, "Refused {Reason}")]
    public static partial void Refused(ILogger logger, ErrorReason reason);

    // Ids 50-59: the hub key and checkpoints.
    [LoggerMessage(50, LogLevel.Warning, "Created the hub's signing key at {Path}: back it up; the hub never replaces it")]
    public static partial void SigningKeyCreated(ILogger logger, string path);

    [LoggerMessage(51, LogLevel.Information, "Hub signing key {KeyId} (signed-note verifier key {VerifierKey}); checkpoint of {TreeSize} events signed in {Milliseconds:F0} ms")]
    public static partial void CheckpointsReady(ILogger logger, string keyId, string verifierKey, long treeSize, double milliseconds);

    [LoggerMessage(52, LogLevel.Warning, "The log's checkpoint could not advance; the previous one stays in force")]
    public static partial void CheckpointNotAdvanced(ILogger logger, Exception error);

    // Ids 60-69: the citizen look-up. Never the secret, never the client's address.
    [LoggerMessage(60, LogLevel.Warning, "Look-ups of {NationalCode} are refused for a while: too many wrong secrets")]
    public static partial void LookupCodeLocked(ILogger logger, string nationalCode);

    // Ids 70-79: inboxes. Agency, dossier and sequence numbers only.
    [LoggerMessage(70, LogLevel.Warning, "OPERATOR ALERT: event {EventSequence} of dossier {DossierId} was routed to agency {AgencyId}, which no member of registry version {RegistryVersion} serves")]
    public static partial void UnservedRoute(ILogger logger, string agencyId, string dossierId, long eventSequence, long registryVersion);

    [LoggerMessage(71, LogLevel.Information, "Pruned {Count} inbox items routed before {Cutoff:o}")]
    public static partial void InboxPruned(ILogger logger, int count, DateTimeOffset cutoff);

    [LoggerMessage(72, LogLevel.Warning, "Inbox pruning failed; it retries at the next interval")]
    public static partial void InboxPruneFailed(ILogger logger, Exception error);

    // Ids 90-99: mutual TLS and registry reload. Member ids and seed paths only.
    [LoggerMessage(90, LogLevel.Information, "Client certificate refused at the TLS handshake: {Problem}")]
    public static partial void ClientCertificateRefused(ILogger logger, string problem);

    [LoggerMessage(91, LogLevel.Warning, "Registry changed from version {Previous} to version {Current}: {Path} changed")]
    public static partial void RegistryReloaded(ILogger logger, long previous, long current, string path);

    [LoggerMessage(92, LogLevel.Error, "Registry seed {Path} ignored, the registry in force stays: {Problem}")]
    public static partial void RegistrySeedIgnored(ILogger logger, string path, string problem);

    [LoggerMessage(93, LogLevel.Warning, "Changed registry seed {Path} not recorded: the store is unavailable; retrying")]
    public static partial void RegistryNotRecorded(ILogger logger, string path, Exception error);

    // Ids 100-109: the write path.
    [LoggerMessage(100, LogLevel.Warning, "National-code numbers could not be reserved; the next receive or the next reservation ahead tries again")]
    public static partial void CodeNumbersNotReserved(ILogger logger, Exception error);
}
