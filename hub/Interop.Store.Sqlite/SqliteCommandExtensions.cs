using Microsoft.Data.Sqlite;

namespace Interop.Store.Sqlite;

/// <summary>Binds parameters fluently so each statement reads as one expression.</summary>
internal static class SqliteCommandExtensions
{
    public static SqliteCommand Bind(this SqliteCommand command, string name, object? value)
    {
        command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
