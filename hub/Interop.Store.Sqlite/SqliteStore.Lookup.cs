namespace Interop.Store.Sqlite;

/// <summary>The citizen look-up's digest, read like a claim.</summary>
public sealed partial class SqliteStore
{
    /// <inheritdoc/>
    public Task<LookupDigest?> FindLookupDigestAsync(string nationalCode, CancellationToken cancellationToken)
        => ReadAsync(
            "SELECT national_code, dossier_id, salt, digest FROM lookup_digests WHERE national_code = @code",
            command => command.Bind("@code", nationalCode),
            reader => new LookupDigest(reader.GetString(0), reader.GetString(1), (byte[])reader.GetValue(2), (byte[])reader.GetValue(3)),
            rows => rows.Count == 0 ? null : rows[0],
            cancellationToken);
}
