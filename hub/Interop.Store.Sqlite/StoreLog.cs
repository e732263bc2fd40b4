using Microsoft.Extensions.Logging;

namespace Interop.Store.Sqlite;

/// <summary>The store's log lines. They name files, counts and log ids; the store holds opaque bytes, so no personal data can reach them.</summary>
internal static partial class StoreLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "SQLite store opened at {Path} with log id {LogId}")]
    public static partial void Opened(this ILogger logger, string path, string logId);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "SQLite store at {Path} runs WITHOUT a durable log ({Durability}) because AllowWeakDurability is set: acknowledged writes can be lost on power failure")]
    public static partial void WeakDurabilityAccepted(this ILogger logger, string path, string durability);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "SQLite store could not commit a batch of {Count} writes; nothing of it was written")]
    public static partial void BatchFailed(this ILogger logger, int count, Exception exception);

    [LoggerMessage(EventId = 4, Level = LogLevel.Information, Message = "SQLite store reopened its writer connection to {Path}")]
    public static partial void WriterReopened(this ILogger logger, string path);

    [LoggerMessage(EventId = 6, Level = LogLevel.Warning, Message = "SQLite store could not checkpoint its WAL; it retries after the next commit")]
    public static partial void CheckpointFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "SQLite store read failed because the store is unusable")]
    public static partial void ReadFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "An inbox commit watcher failed; the commit stands")]
    public static partial void WatcherFailed(this ILogger logger, Exception exception);
}
