namespace Interop.Store;

/// <summary>
/// Unique keys and what hangs on them: claims (taken by <see cref="IDossierStore.AppendAsync"/>),
/// citizens' look-up digests, and the numbers of national dossier codes.
/// </summary>
public interface IClaimStore
{
    /// <summary>The dossier that holds a claim (a national code, or a member's vendor code), if any.</summary>
    Task<string?> FindClaimAsync(Claim claim, CancellationToken cancellationToken);

    /// <summary>The look-up digest stored for a national code, if any (<see cref="AppendRequest.LookupDigest"/>).</summary>
    Task<LookupDigest?> FindLookupDigestAsync(string nationalCode, CancellationToken cancellationToken);

    /// <summary>
    /// Reserves <paramref name="count"/> consecutive national-code numbers of an agency for a local day,
    /// durably, and returns the first. Numbers start at 1 per (agency, day); a reservation never repeats
    /// a number, even after a crash, but a crash or an unused reservation leaves gaps. It shares the
    /// durable commits of appends.
    /// </summary>
    Task<long> ReserveCodeNumbersAsync(string agencyId, DateOnly localDate, int count, CancellationToken cancellationToken);
}
