using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Lifecycle;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Domain.Routing;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Decisions;

/// <summary>
/// One command of the standard. <see cref="Decide"/> is a pure function of the command, the dossier's
/// state, the registry in force, the caller and the hub's clock: it checks the input, the right to act
/// on the dossier, the expected version, the claimed time and the transition table, and returns the
/// refusal or the draft of the one event to append. A command type says only what is its own: its
/// input checks, the facts its table rows need, and the payload it records.
/// </summary>
public abstract class DossierCommand
{
    private const string SchemaId = "interop.dossier.v1";

    /// <summary>A command of a request with its context.</summary>
    protected DossierCommand(IMessage request, CommandContext? context)
    {
        Request = request ?? throw new ArgumentNullException(nameof(request));
        Context = context ?? new CommandContext();
    }

    /// <summary>The request as received (its digest is the idempotency record's).</summary>
    public IMessage Request { get; }

    /// <summary>The request's context: request id, acting agency, expected version, claimed time, provenance.</summary>
    public CommandContext Context { get; }

    /// <summary>The event the command records.</summary>
    public abstract EventType Type { get; }

    /// <summary>The dossier the command changes, or null when it creates one.</summary>
    public abstract string? ExistingDossierId { get; }

    /// <summary>For a creating command: whether the acting agency is the desk that receives the dossier.</summary>
    protected virtual bool ActingAgencyReceivesIt => true;

    /// <summary>Decides the command.</summary>
    public Decision Decide(DecisionInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var violations = new List<FieldViolation>();
        InputChecks.Timestamps(Request, "", violations);
        if (ExistingDossierId is { Length: 0 })
        {
            violations.Add(new FieldViolation("dossier_id", "required"));
        }

        Validate(input.Registry, input.Caller, violations);
        if (violations.Count > 0)
        {
            return Decision.Refuse(Refusal.Fields(violations));
        }

        var state = input.State;
        if (ExistingDossierId is not null && (state is null || !ReadRights.CanRead(input.Caller, state)))
        {
            return Decision.Refuse(Refusal.Denied(ErrorReason.DossierAccessDenied, "the caller may not act on this dossier, or it does not exist"));
        }

        if (ExistingDossierId is null && state is not null)
        {
            // The derived id is taken: this member's request id already created it (record expired) or it races.
            return Decision.Refuse(Refusal.Exists(ErrorReason.RequestIdReused, "the request id already created a dossier"));
        }

        var version = state?.Version ?? 0;
        if (Context.HasExpectedVersion && Context.ExpectedVersion != version)
        {
            return Decision.Refuse(Refusal.VersionMismatch(version));
        }

        var claimed = ClaimedTimes.Resolve(Context, input.Recorded, state, input.Caller.Member.MaxClaimLagHours, out var outOfBounds);
        if (outOfBounds is not null)
        {
            return Decision.Refuse(outOfBounds);
        }

        var facts = Facts(input.Registry, state);
        var roles = state is null
            ? ActorRoles.ForNewDossier(ActingAgencyReceivesIt, input.Caller.IsOnlinePortal)
            : ActorRoles.Of(state, Context.ActingAgencyId, facts.ConsultationId);
        var lifecycle = Lifecycle.Lifecycle.Decide(state, Type, roles, facts);
        if (!lifecycle.IsAllowed)
        {
            return Decision.Refuse(lifecycle.Reason == ErrorReason.ActorNotAllowed
                ? Refusal.Denied(lifecycle.Reason, lifecycle.Message)
                : Refusal.Precondition(lifecycle.Reason, lifecycle.Message));
        }

        var built = Build(new CommandScope(input.Registry, input.Caller, input.DossierId, state, Context.ActingAgencyId, claimed, lifecycle.Target));
        return built.Payload is { } payload
            ? Decision.Record(Draft(input, payload, claimed))
            : Decision.Refuse(built.Refusal!);
    }

    /// <summary>Checks of the input that need no dossier state; adds what is wrong.</summary>
    protected virtual void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
    }

    /// <summary>Facts beyond the state some rows of the table need.</summary>
    protected virtual TransitionFacts Facts(RegistryView registry, Dossier? state) => TransitionFacts.None;

    /// <summary>Builds the payload of the event the lifecycle allowed, or refuses an input the state or registry shows wrong.</summary>
    protected abstract Built Build(CommandScope scope);

    /// <summary>A payload with nothing but its body.</summary>
    protected static CommandPayload Payload(EventBody body) => new(body);

    private EventDraft Draft(DecisionInput input, CommandPayload payload, DateTimeOffset claimed)
    {
        var state = input.State;
        var body = payload.Body;
        body.DossierId = input.DossierId;
        body.Sequence = (state?.Version ?? 0) + 1;
        body.Id = $"{input.DossierId}/{body.Sequence}";
        body.Type = EventTypes.Of(body.PayloadCase);
        body.Actor = new Actor
        {
            MemberId = input.Caller.MemberId,
            Agency = new AgencyRef { AgencyId = Context.ActingAgencyId, Name = input.Registry.Agency(Context.ActingAgencyId)?.Name ?? "" },
            Officer = Context.Officer,
        };
        body.ClaimedTime = Timestamp.FromDateTimeOffset(claimed);
        body.RecordedTime = Timestamp.FromDateTimeOffset(input.Recorded);
        body.Provenance = Context.Provenance ?? new Provenance { Kind = ProvenanceKind.Native };
        body.RequestId = Context.RequestId;
        body.SchemaId = SchemaId;
        var next = DossierFold.Apply(state, body, payload.Personal);
        return new EventDraft(
            body,
            payload.Personal,
            next,
            Router.Recipients(state, next, body),
            ListRoles.Of(next),
            payload.Claims ?? [],
            payload.CodeRequest);
    }
}
