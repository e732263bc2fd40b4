using Grpc.Core;
using Grpc.Core.Interceptors;
using Grpc.Health.V1;
using Interop.Hub.Tests.Inbox;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Inbox.V1;
using Interop.Protos.Lookup.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Tests.Hosting;

/// <summary>
/// The one client of the tests: one member system's clients of every service over a channel, its
/// bearer token (or none) and a deadline on every call (<see cref="DefaultDeadline"/> unless the call
/// or the client names another).
/// </summary>
internal sealed class HubClient
{
    public static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(30);

    public HubClient(ChannelBase channel, string? token = null, string? memberId = null, TimeSpan? deadline = null)
    {
        Invoker = channel.Intercept(new CallDefaults(token, deadline ?? DefaultDeadline));
        MemberId = memberId;
        Dossiers = new(Invoker);
        Audit = new(Invoker);
        Registry = new(Invoker);
        Inbox = new(Invoker);
        Citizen = new(Invoker);
        Health = new(Invoker);
    }

    /// <summary>The member id the hub's registry gives the token (null for a caller without one).</summary>
    public string? MemberId { get; }

    /// <summary>The channel's invoker with the token and deadline on every call, for calls of no generated client.</summary>
    public CallInvoker Invoker { get; }

    public DossierService.DossierServiceClient Dossiers { get; }

    public AuditService.AuditServiceClient Audit { get; }

    public RegistryService.RegistryServiceClient Registry { get; }

    public InboxService.InboxServiceClient Inbox { get; }

    public CitizenLookupService.CitizenLookupServiceClient Citizen { get; }

    public Health.HealthClient Health { get; }

    /// <summary>A dossier's whole history, page by page.</summary>
    public async Task<List<Event>> EventsAsync(string dossierId)
    {
        var events = new List<Event>();
        var token = "";
        do
        {
            var page = await Audit.ListDossierEventsAsync(new ListDossierEventsRequest { DossierId = dossierId, PageSize = 500, PageToken = token });
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
            var page = await Dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = agencyId, PageSize = 500, PageToken = token });
            dossiers.AddRange(page.Dossiers);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return dossiers;
    }

    public async Task<PullInboxResponse> PullAsync(string agencyId, StartPosition start = StartPosition.Unspecified, long after = 0, int max = 0, TimeSpan? wait = null)
        => await Inbox.PullInboxAsync(new PullInboxRequest
        {
            AgencyId = agencyId,
            Start = start,
            AfterSequence = after,
            MaxItems = max,
            Wait = wait is { } w ? Google.Protobuf.WellKnownTypes.Duration.FromTimeSpan(w) : null,
        });

    /// <summary>Acknowledges everything up to <paramref name="sequence"/>; answers the subscription's acknowledged sequence.</summary>
    public async Task<long> AcknowledgeAsync(string agencyId, long sequence)
        => (await Inbox.AcknowledgeInboxAsync(new AcknowledgeInboxRequest { AgencyId = agencyId, Sequence = sequence })).AcknowledgedSequence;

    /// <summary>Opens the subscription's stream; the caller reads it and disposes it (which cancels the call: a disconnect).</summary>
    public InboxStream Stream(string agencyId, StartPosition start = StartPosition.Unspecified, long after = 0, CancellationToken cancellationToken = default)
        => new(Inbox.StreamInbox(new StreamInboxRequest { AgencyId = agencyId, Start = start, AfterSequence = after }, cancellationToken: cancellationToken));
}
