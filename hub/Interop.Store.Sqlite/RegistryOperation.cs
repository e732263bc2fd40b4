namespace Interop.Store.Sqlite;

/// <summary>Records a registry content as a new version unless the latest version has the same digest.</summary>
internal sealed class RegistryOperation(byte[] content, byte[] digest, DateTimeOffset recordedTime, CancellationToken cancellationToken)
    : WriteOperation<RegistryVersion>(cancellationToken)
{
    public override bool Execute(WriterSession session)
    {
        using (var reader = session.Prepare("""
            SELECT version, digest, content, recorded_ticks, recorded_offset FROM registry_versions ORDER BY version DESC LIMIT 1
            """).ExecuteReader())
        {
            if (reader.Read())
            {
                var latest = RowReaders.Registry(reader);
                if (latest.Digest.AsSpan().SequenceEqual(digest))
                {
                    Result = latest;
                    return true;
                }

                Result = new RegistryVersion(latest.Version + 1, digest, content, recordedTime);
            }
            else
            {
                Result = new RegistryVersion(1, digest, content, recordedTime);
            }
        }

        session.Prepare("""
            INSERT INTO registry_versions(version, digest, content, recorded_ticks, recorded_offset)
            VALUES(@version, @digest, @content, @ticks, @offset)
            """)
            .Bind("@version", Result.Version).Bind("@digest", digest).Bind("@content", content)
            .Bind("@ticks", StoredTime.Ticks(recordedTime)).Bind("@offset", StoredTime.Offset(recordedTime))
            .ExecuteNonQuery();
        return true;
    }
}
