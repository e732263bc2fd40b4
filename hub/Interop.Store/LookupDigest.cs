namespace Interop.Store;

/// <summary>
/// The digest of a dossier's citizen look-up secret, keyed by its national code: the secret itself is
/// never stored. Written once, in the append that takes the national-code claim, and never replaced.
/// </summary>
/// <param name="NationalCode">The national dossier code; the append must claim it.</param>
/// <param name="DossierId">The dossier.</param>
/// <param name="Salt">The per-dossier random salt of the digest.</param>
/// <param name="Digest">The digest of the secret with the salt.</param>
public sealed record LookupDigest(string NationalCode, string DossierId, byte[] Salt, byte[] Digest);
