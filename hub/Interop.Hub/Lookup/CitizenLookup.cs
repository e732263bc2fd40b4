using Grpc.Core;
using Interop.Domain.Identifiers;
using Interop.Hub.Errors;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Lookup.V1;
using Interop.Store;

namespace Interop.Hub.Lookup;

/// <summary>
/// The citizen's status look-up (STANDARD.md LOOKUP): no credential; the national code and the secret
/// from the receipt slip. An unknown code, a wrong secret and a malformed secret answer the same
/// NOT_FOUND and count alike against the code's and the address's limits.
/// </summary>
internal sealed class CitizenLookup(IClaimStore claims, IDossierStore store, LookupRateLimits limits, ILogger<CitizenLookup> logger)
{
    /// <summary>The one message of every failed match: it says nothing about which part was wrong.</summary>
    public const string NotFoundMessage = "no dossier with this national code and secret";

    public async Task<LookupDossierStatusResponse> LookupAsync(LookupDossierStatusRequest request, ServerCallContext context)
    {
        ArgumentNullException.ThrowIfNull(request);
        var address = ClientAddress.Of(context);
        // Hits are taken before the outcome is known and handed back on success, so that concurrent
        // guesses overrun neither the address's limit nor the code's.
        var addressHit = limits.Addresses.TryTake(address);
        if (addressHit.Refused)
        {
            throw Fail.RateLimited("too many failed look-ups from this address; retry later", addressHit.RetryAfter!.Value);
        }

        var code = DossierCode.Parse(request.NationalCode.Trim().ToUpperInvariant());
        if (!code.IsValid)
        {
            // A malformed code reveals nothing about any dossier; it still counts against the address.
            throw Fail.Field("national_code", "not a national dossier code <agency e-ID>-YYMMDD-NNNN");
        }

        var codeHit = limits.Codes.TryTake(code.Value!.Value);
        if (codeHit.Refused)
        {
            throw Fail.RateLimited("too many failed look-ups of this code; retry later", codeHit.RetryAfter!.Value);
        }

        LookupDigest? stored;
        try
        {
            stored = await claims.FindLookupDigestAsync(code.Value.Value, context.CancellationToken);
        }
        catch
        {
            // The store could not answer: that was no guess.
            limits.Codes.Return(codeHit);
            limits.Addresses.Return(addressHit);
            throw;
        }

        if (!LookupSecrets.Matches(stored, request.Secret))
        {
            if (codeHit.FilledWindow)
            {
                HubLog.LookupCodeLocked(logger, code.Value.Value);
            }

            throw Fail.NotFound(NotFoundMessage);
        }

        limits.Codes.Return(codeHit);
        limits.Addresses.Return(addressHit);
        var dossier = await store.ReadDossierAsync(stored!.DossierId, context.CancellationToken)
            ?? throw new InvalidOperationException($"the look-up digest of {code.Value.Value} names dossier {stored.DossierId}, which the store lacks");
        return LookupAnswer.Of(Dossier.Parser.ParseFrom(dossier.State));
    }
}
