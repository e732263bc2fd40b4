namespace Interop.Store.Sqlite;

/// <summary>
/// Checks an append's shape before it is queued: the hub builds these, so a malformed one is our bug
/// and must fail loudly instead of reaching the file.
/// </summary>
internal static class AppendRequestChecks
{
    public static void ThrowIfMalformed(AppendRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrEmpty(request.DossierId, nameof(request));
        ArgumentNullException.ThrowIfNull(request.State, nameof(request));
        if (request.ExpectedVersion < 0 || request.Events is null || request.Events.Count == 0)
        {
            throw new ArgumentException("An append has a non-negative expected version and at least one event.", nameof(request));
        }

        for (var i = 0; i < request.Events.Count; i++)
        {
            if (request.Events[i].Sequence != request.ExpectedVersion + 1 + i)
            {
                throw new ArgumentException($"Event {i} of dossier {request.DossierId} has sequence {request.Events[i].Sequence}; sequences follow the expected version without gaps.", nameof(request));
            }
        }

        if (request.LookupDigest is { } lookup
            && (lookup.DossierId != request.DossierId || !request.Claims.Contains(new Claim(ClaimKind.NationalCode, lookup.NationalCode))))
        {
            throw new ArgumentException($"The look-up digest of dossier {request.DossierId} must be the dossier's and ride with the claim of its national code.", nameof(request));
        }

        var last = request.Events[^1].Sequence;
        if (request.Routes.Any(route => route.Sequence <= request.ExpectedVersion || route.Sequence > last))
        {
            throw new ArgumentException($"A route of dossier {request.DossierId} names an event this append does not carry.", nameof(request));
        }
    }
}
