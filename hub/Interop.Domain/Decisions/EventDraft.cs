using Interop.Domain.Identifiers;
using Interop.Domain.Rights;
using Interop.Domain.Routing;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Decisions;

/// <summary>
/// The one event a command appends, fully decided: the body with its envelope and every derived value
/// (appointment, step deadlines, paused minutes, calendar and catalogue versions), its personal data,
/// the state after it, the agencies it is routed to, the roles the dossier is listed under, the unique
/// keys it takes and, for a hub-issued agency, the national code still to be issued. Sealing (hashes,
/// signature, the personal part's salt) and the append are the hub's.
/// </summary>
public sealed class EventDraft
{
    private readonly List<UniqueKey> claims;

    internal EventDraft(EventBody body, PersonalData? personal, Dossier state, IReadOnlyList<RoutedAgency> routes, IReadOnlyList<ListedAgency> listRoles, IEnumerable<UniqueKey> claims, NationalCodeRequest? codeRequest)
    {
        Body = body;
        Personal = personal;
        State = state;
        Routes = routes;
        ListRoles = listRoles;
        this.claims = [.. claims];
        CodeRequest = codeRequest;
    }

    /// <summary>The event body: payload and envelope; the previous hash, the personal-data digest and the trace context are set when sealed.</summary>
    public EventBody Body { get; }

    /// <summary>The event's personal data, stored apart from the hashed body; null when it has none.</summary>
    public PersonalData? Personal { get; }

    /// <summary>The dossier's state after the event (= the fold of its events).</summary>
    public Dossier State { get; }

    /// <summary>The dossier's version the event follows (0 for a new dossier).</summary>
    public long ExpectedVersion => Body.Sequence - 1;

    /// <summary>The agencies whose inboxes the event reaches, with their routing roles.</summary>
    public IReadOnlyList<RoutedAgency> Routes { get; }

    /// <summary>The agency roles the dossier is listed under after the event.</summary>
    public IReadOnlyList<ListedAgency> ListRoles { get; }

    /// <summary>The unique keys the dossier takes.</summary>
    public IReadOnlyList<UniqueKey> Claims => claims;

    /// <summary>A national code the hub must still issue (then <see cref="AssignNationalCode"/>), or null.</summary>
    public NationalCodeRequest? CodeRequest { get; private set; }

    /// <summary>
    /// Issues the requested national code with the number the hub assigned: sets it in the event and the
    /// state and takes it as a unique key. Returns the code.
    /// </summary>
    public string AssignNationalCode(long number)
    {
        var request = CodeRequest ?? throw new InvalidOperationException("the draft requests no national code");
        var code = DossierCode.Create(AgencyId.Parse(request.AgencyId).Value!, request.LocalDate, checked((int)number)).Value;
        Body.Received.NationalCode = code;
        State.NationalCode = code;
        claims.Insert(0, UniqueKey.NationalCode(code));
        CodeRequest = null;
        return code;
    }
}
