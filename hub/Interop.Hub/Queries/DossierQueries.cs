using Grpc.Core;
using Interop.Domain.Rights;
using Interop.Hub.Errors;
using Interop.Hub.Identity;
using Interop.Hub.Storage;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Store;

namespace Interop.Hub.Queries;

/// <summary>Reads of dossiers: by key, and lists by agency role (AIP-158), never revealing what the caller may not read.</summary>
internal sealed class DossierQueries(IDossierStore store, IClaimStore claims, ILogger<DossierQueries> logger)
{
    public async Task<GetDossierResponse> GetAsync(GetDossierRequest request, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        var dossier = await ReadableAsync(caller, await IdOfAsync(request, caller, context.CancellationToken), context);
        return new GetDossierResponse { Dossier = dossier };
    }

    /// <summary>The dossier if the caller may read it; PERMISSION_DENIED otherwise, whether or not it exists (auditors get NOT_FOUND).</summary>
    public async Task<Dossier> ReadableAsync(Caller caller, string? dossierId, ServerCallContext context)
    {
        var stored = string.IsNullOrEmpty(dossierId) ? null : await store.ReadDossierAsync(dossierId, context.CancellationToken);
        var dossier = stored is null ? null : Dossier.Parser.ParseFrom(stored.State);
        if (dossier is not null && ReadRights.CanRead(caller, dossier))
        {
            if (caller.IsAuditor)
            {
                HubLog.AuditorRead(logger, caller.MemberId, context.Method, dossier.Id);
            }

            return dossier;
        }

        throw ReadRights.ReadsEverything(caller) && dossier is null
            ? Fail.NotFound("no such dossier")
            : Fail.Denied(ErrorReason.DossierAccessDenied, "the caller may not read this dossier, or it does not exist");
    }

    public async Task<ListDossiersResponse> ListAsync(ListDossiersRequest request, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        if (request.AgencyId.Length == 0 ? !ReadRights.ReadsEverything(caller) : !ReadRights.CanReadAgency(caller, request.AgencyId))
        {
            throw request.AgencyId.Length == 0
                ? Fail.Field("agency_id", "required: the agency whose dossiers to list")
                : Fail.Denied(ErrorReason.AgencyNotRegisteredToMember, "the agency is not registered to the calling member");
        }

        if (caller.IsAuditor)
        {
            HubLog.AuditorRead(logger, caller.MemberId, context.Method, request.AgencyId);
        }

        var binding = $"dossiers|{caller.MemberId}|{request.AgencyId}|{request.Role}|{string.Join(',', request.Statuses)}";
        var after = PageTokens.Read(request.PageToken, binding);
        var size = PageTokens.Size(request.PageSize);
        var page = await store.ListDossiersAsync(
            new DossierQuery(request.AgencyId.Length == 0 ? null : request.AgencyId, StoreValues.ToStore(request.Role), [.. request.Statuses.Select(StoreValues.ToStore)], after, size + 1),
            context.CancellationToken);
        var response = new ListDossiersResponse();
        response.Dossiers.Add(page.Take(size).Select(d => Dossier.Parser.ParseFrom(d.Dossier.State)));
        if (page.Count > size)
        {
            response.NextPageToken = PageTokens.Issue(page[size - 1].CreatedOrder, binding);
        }

        return response;
    }

    private async Task<string?> IdOfAsync(GetDossierRequest request, Caller caller, CancellationToken cancellationToken) => request.KeyCase switch
    {
        GetDossierRequest.KeyOneofCase.DossierId => request.DossierId,
        GetDossierRequest.KeyOneofCase.NationalCode => await claims.FindClaimAsync(new Claim(ClaimKind.NationalCode, request.NationalCode), cancellationToken),
        GetDossierRequest.KeyOneofCase.VendorCode => await claims.FindClaimAsync(
            new Claim(ClaimKind.VendorCode, $"{(request.VendorCode.MemberId.Length == 0 ? caller.MemberId : request.VendorCode.MemberId)}\u001f{request.VendorCode.Code}"), cancellationToken),
        _ => throw Fail.Field("key", "name the dossier by id, national code or vendor code"),
    };
}
