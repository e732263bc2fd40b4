using Interop.Protos.Dossier.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Pagination;

/// <summary>Receives dossiers at the desk and lists the desk's dossiers, as member igate.</summary>
internal sealed class DeskDossiers(HubClient igate)
{
    public async Task<string> ReceiveAsync(string key)
    {
        var reply = await igate.Dossiers.ReceiveDossierAsync(Receive($"page-{key}", $"H21.PAGE-{key}", Local(11, 3, 8)));
        return reply.Outcome.Dossier.Id;
    }

    public async Task<ListDossiersResponse> ListAsync(ListDossiersRequest request)
        => await igate.Dossiers.ListDossiersAsync(request);
}
