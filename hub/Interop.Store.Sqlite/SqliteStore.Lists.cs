using System.Globalization;

namespace Interop.Store.Sqlite;

/// <summary>The list indexes: dossiers by agency role and creation order, the refusal log.</summary>
public sealed partial class SqliteStore
{
    // Three texts rather than one with "@role = 0 OR ..." so that SQLite walks the matching index in
    // creation order and stops at the limit. GROUP BY folds an agency's several roles on one dossier.
    private const string ListByRole = $"""
        SELECT {RowReaders.DossierColumns} FROM dossier_roles AS r JOIN dossiers AS d ON d.id = r.dossier_id
        WHERE r.agency_id = @agency AND r.role = @role AND r.created_order > @after AND {StatusFilter}
        ORDER BY r.created_order LIMIT @limit
        """;

    private const string ListByAgency = $"""
        SELECT {RowReaders.DossierColumns} FROM dossier_roles AS r JOIN dossiers AS d ON d.id = r.dossier_id
        WHERE r.agency_id = @agency AND r.created_order > @after AND {StatusFilter}
        GROUP BY r.created_order ORDER BY r.created_order LIMIT @limit
        """;

    private const string ListAll = $"""
        SELECT {RowReaders.DossierColumns} FROM dossiers AS d
        WHERE d.created_order > @after AND {StatusFilter}
        ORDER BY d.created_order LIMIT @limit
        """;

    private const string StatusFilter = "(@statuses IS NULL OR d.status IN (SELECT value FROM json_each(@statuses)))";

    /// <inheritdoc/>
    public Task<IReadOnlyList<ListedDossier>> ListDossiersAsync(DossierQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var sql = query.AgencyId is null ? ListAll : query.Role == ListRole.Any ? ListByAgency : ListByRole;
        var statuses = query.Statuses is { Count: > 0 }
            ? "[" + string.Join(',', query.Statuses.Select(s => s.Value.ToString(CultureInfo.InvariantCulture))) + "]"
            : null;
        return ReadListAsync(
            sql,
            command => command.Bind("@agency", query.AgencyId).Bind("@role", (int)query.Role).Bind("@after", query.AfterOrder)
                .Bind("@limit", query.Limit).Bind("@statuses", statuses),
            reader => new ListedDossier(reader.GetInt64(4), RowReaders.Dossier(reader)),
            cancellationToken);
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<RefusalEntry>> ListRefusalsAsync(RefusalQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadListAsync(
            """
            SELECT position, time_ticks, time_offset, member_id, acting_agency_id, method, dossier_id, request_id, status_code, reason
            FROM refusals
            WHERE position > @after AND (@member IS NULL OR member_id = @member)
              AND (@start IS NULL OR time_ticks >= @start) AND (@end IS NULL OR time_ticks < @end)
            ORDER BY position LIMIT @limit
            """,
            command => command.Bind("@after", query.AfterPosition).Bind("@member", query.MemberId)
                .Bind("@start", query.Start?.UtcTicks).Bind("@end", query.End?.UtcTicks).Bind("@limit", query.Limit),
            RowReaders.Refusal,
            cancellationToken);
    }
}
