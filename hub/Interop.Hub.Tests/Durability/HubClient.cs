using Grpc.Core;
using Grpc.Net.Client;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Durability;

/// <summary>One member's clients over a given channel (the durability tests use several channels, and hubs that are not a <see cref="HubProcess"/>).</summary>
internal sealed class HubClient(GrpcChannel channel, string token)
{
    public const string IgateToken = "dev-igate-gialai";
    public const string IgateMember = "member-igate-gialai";

    public DossierService.DossierServiceClient Dossiers { get; } = new(channel);

    public AuditService.AuditServiceClient Audit { get; } = new(channel);

    public RegistryService.RegistryServiceClient Registry { get; } = new(channel);

    public CallOptions Options(TimeSpan? timeout = null)
        => new(headers: new Metadata { { "authorization", "Bearer " + token } }, deadline: DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60)));

    public static HubClient Igate(GrpcChannel channel) => new(channel, IgateToken);

    /// <summary>A dossier's whole history, page by page.</summary>
    public async Task<List<Event>> EventsAsync(string dossierId)
    {
        var events = new List<Event>();
        var token = "";
        do
        {
            var page = await Audit.ListDossierEventsAsync(new ListDossierEventsRequest { DossierId = dossierId, PageSize = 500, PageToken = token }, Options());
            events.AddRange(page.Events);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return events;
    }

    /// <summary>Every dossier an agency has a role in, page by page.</summary>
    public async Task<List<Dossier>> DossiersAsync(string agencyId)
    {
        var dossiers = new List<Dossier>();
        var token = "";
        do
        {
            var page = await Dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = agencyId, PageSize = 500, PageToken = token }, Options());
            dossiers.AddRange(page.Dossiers);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return dossiers;
    }
}
