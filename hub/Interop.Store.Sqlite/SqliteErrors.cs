using Microsoft.Data.Sqlite;

namespace Interop.Store.Sqlite;

/// <summary>Which SQLite failures mean the store is unusable now rather than that a caller or we erred.</summary>
internal static class SqliteErrors
{
    private const int Busy = 5;
    private const int Locked = 6;
    private const int NoMemory = 7;
    private const int ReadOnly = 8;
    private const int IoError = 10;
    private const int Corrupt = 11;
    private const int Full = 13;
    private const int CantOpen = 14;
    private const int Protocol = 15;
    private const int NotADatabase = 26;

    public static bool IsUnavailable(Exception exception) => exception switch
    {
        StoreUnavailableException => true,
        // Extended codes carry the primary code in their low byte (SQLITE_IOERR_FSYNC is 1034).
        SqliteException sqlite => (sqlite.SqliteErrorCode & 0xFF) is Busy or Locked or NoMemory or ReadOnly
            or IoError or Corrupt or Full or CantOpen or Protocol or NotADatabase,
        _ => false,
    };

    /// <summary>The exception a caller sees: unusable-store failures become <see cref="StoreUnavailableException"/>, bugs stay as they are.</summary>
    public static Exception ForCaller(Exception exception) => exception is SqliteException && IsUnavailable(exception)
        ? new StoreUnavailableException("The SQLite store cannot be used now: " + exception.Message, exception)
        : exception;
}
