using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Interop.Store.Sqlite;

/// <summary>Rows to records, shared by the writer's checks and the readers.</summary>
internal static class RowReaders
{
    public const string IdempotencyQuery = """
        SELECT member_id, request_id, digest, dossier_id, sequence, recorded_ticks, recorded_offset
        FROM idempotency WHERE member_id = @member AND request_id = @request
        """;

    public const string DossierColumns = "d.id, d.version, d.state, d.head_hash, d.created_order";

    public static IdempotencyRecord Idempotency(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), Bytes(r, 2), r.GetString(3), r.GetInt64(4), StoredTime.From(r.GetInt64(5), r.GetInt64(6)));

    /// <summary>Reads <see cref="DossierColumns"/>.</summary>
    public static StoredDossier Dossier(SqliteDataReader r) => new(r.GetString(0), r.GetInt64(1), Unpacked(r, 2), Bytes(r, 3), r.GetInt64(4));

    /// <summary>Reads dossier_id, sequence, body, hash, personal_part, position, receipt.</summary>
    public static StoredEvent Event(SqliteDataReader r) => new(
        r.GetString(0), r.GetInt64(1), Unpacked(r, 2), Bytes(r, 3), r.IsDBNull(4) ? null : Unpacked(r, 4), r.GetInt64(5))
    {
        Receipt = Bytes(r, 6),
    };

    /// <summary>Reads an inbox page row: its event as <see cref="Event"/> reads one (0–6), the item (7–11), the routed time (12–13) and the state if the event is the dossier's last (14).</summary>
    public static StoredInboxItem InboxItem(SqliteDataReader r) => new(
        r.GetString(7), r.GetInt64(8), ParseRoles(r.GetString(9)), r.GetString(10), r.GetString(11),
        Event(r), StoredTime.From(r.GetInt64(12), r.GetInt64(13)), r.IsDBNull(14) ? null : Unpacked(r, 14));

    public static RefusalEntry Refusal(SqliteDataReader r) => new(
        r.GetInt64(0), StoredTime.From(r.GetInt64(1), r.GetInt64(2)), r.GetString(3), r.GetString(4), r.GetString(5),
        r.GetString(6), r.GetString(7), new RefusalStatusCode(r.GetInt32(8)), r.GetString(9));

    public static RegistryVersion Registry(SqliteDataReader r) => new(r.GetInt64(0), Bytes(r, 1), Bytes(r, 2), StoredTime.From(r.GetInt64(3), r.GetInt64(4)));

    /// <summary>Routing roles as the inbox keeps them: their numbers, comma-separated.</summary>
    public static string FormatRoles(IReadOnlyList<RoutingRole> roles) => string.Join(',', roles.Select(role => ((int)role).ToString(CultureInfo.InvariantCulture)));

    private static RoutingRole[] ParseRoles(string text) => text.Length == 0
        ? []
        : text.Split(',').Select(role => (RoutingRole)int.Parse(role, CultureInfo.InvariantCulture)).ToArray();

    private static byte[] Bytes(SqliteDataReader r, int ordinal) => (byte[])r.GetValue(ordinal);

    /// <summary>A value the writer packed (<see cref="PackedBlob"/>): the state, an event's body or personal part.</summary>
    private static byte[] Unpacked(SqliteDataReader r, int ordinal) => PackedBlob.Unpack(Bytes(r, ordinal));
}
