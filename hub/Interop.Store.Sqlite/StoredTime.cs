namespace Interop.Store.Sqlite;

/// <summary>
/// Times are kept as UTC ticks (sortable, for range filters) plus the offset in minutes, so a value
/// reads back exactly as it was written.
/// </summary>
internal static class StoredTime
{
    public static long Ticks(DateTimeOffset time) => time.UtcTicks;

    public static int Offset(DateTimeOffset time) => (int)time.Offset.TotalMinutes;

    public static DateTimeOffset From(long ticks, long offsetMinutes)
        => new DateTimeOffset(ticks, TimeSpan.Zero).ToOffset(TimeSpan.FromMinutes(offsetMinutes));
}
