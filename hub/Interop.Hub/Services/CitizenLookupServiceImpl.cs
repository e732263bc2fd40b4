using Grpc.Core;
using Interop.Hub.Lookup;
using Interop.Protos.Lookup.V1;

namespace Interop.Hub.Services;

/// <summary>Serves CitizenLookupService: no member credential; the national code and the receipt's secret.</summary>
internal sealed class CitizenLookupServiceImpl(CitizenLookup lookup) : CitizenLookupService.CitizenLookupServiceBase
{
    public override Task<LookupDossierStatusResponse> LookupDossierStatus(LookupDossierStatusRequest request, ServerCallContext context)
        => lookup.LookupAsync(request, context);
}
