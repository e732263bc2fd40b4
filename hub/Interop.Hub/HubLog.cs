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
}
