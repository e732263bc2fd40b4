using System.Security.Cryptography;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Lifecycle;
using Interop.Domain.Routing;
using Interop.Hub.Errors;
using Interop.Hub.Identity;
using Interop.Hub.Registry;
using Interop.Hub.Storage;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Type.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

internal sealed partial class CommandPipeline
{
    /// <summary>One try: read, decide, build, append. A null outcome means "lost a race without an expected version: try again".</summary>
    private async Task<(MutationOutcome? Outcome, bool Retry)> AttemptAsync(DossierCommand command, Caller caller, HubRegistry hub, string dossierId, byte[] digest, TraceContext trace, CancellationToken cancellationToken)
    {
        var context = command.Context;
        var stored = await store.ReadDossierAsync(dossierId, cancellationToken);
        var state = stored is null ? null : Dossier.Parser.ParseFrom(stored.State);
        if (command.ExistingDossierId is not null && (state is null || !Rights.CanRead(caller, state)))
        {
            throw Fail.Denied(ErrorReason.DossierAccessDenied, "the caller may not act on this dossier, or it does not exist");
        }

        if (command.ExistingDossierId is null && state is not null)
        {
            // The derived id is taken: this member's request id already created it (record expired) or it races.
            throw Fail.Exists(ErrorReason.RequestIdReused, "the request id already created a dossier");
        }

        var version = stored?.Version ?? 0;
        if (context.HasExpectedVersion && context.ExpectedVersion != version)
        {
            throw Fail.VersionMismatch(version);
        }

        var recorded = time.GetUtcNow();
        var claimed = ClaimedTimes.Resolve(context, recorded, state, caller.Member.MaxClaimLagHours);
        var scope = new CommandScope(caller, hub, claims, claimed, recorded, dossierId, context.ActingAgencyId);
        var roles = state is null
            ? ActorRoles.ForNewDossier(command.ActingAgencyReceivesIt, caller.IsOnlinePortal)
            : ActorRoles.Of(state, context.ActingAgencyId, command.Facts(scope, state).ConsultationId);
        var decision = Lifecycle.Decide(state, command.Type, roles, command.Facts(scope, state));
        if (!decision.IsAllowed)
        {
            throw decision.Reason == ErrorReason.ActorNotAllowed
                ? Fail.Denied(decision.Reason, decision.Message)
                : Fail.Precondition(decision.Reason, decision.Message);
        }

        var built = await command.BuildAsync(scope, state, decision.Target, cancellationToken);
        var (body, part) = Envelope(built, scope, context, trace, version, stored?.HeadHash, hub);
        var bodyBytes = body.ToByteArray();
        var hash = EventHashing.EventHash(stored?.HeadHash ?? EventHashing.Zero, bodyBytes);
        var next = DossierFold.Apply(state, body, built.Personal);
        var receipt = signer.Sign(new Receipt
        {
            DossierId = dossierId,
            EventId = body.Id,
            Sequence = body.Sequence,
            EventHash = ByteString.CopyFrom(hash),
            RecordedTime = body.RecordedTime,
        });
        var routes = Router.Recipients(state, next, body)
            .Select(r => new RoutingEntry(r.AgencyId, body.Sequence, [.. r.Roles.Select(StoreValues.ToStore)], caller.MemberId, context.RequestId))
            .ToList();
        var request = new AppendRequest(
            dossierId,
            version,
            [new EventRecord(body.Sequence, StoreValues.ToStore(body.Type), bodyBytes, hash, part?.ToByteArray(), recorded) { Receipt = receipt.ToByteArray() }],
            next.ToByteArray(),
            new IdempotencyRecord(caller.MemberId, context.RequestId, digest, dossierId, body.Sequence, recorded),
            built.Claims ?? [],
            routes,
            ListRoles.Of(next),
            StoreValues.ToStore(next.Status))
        {
            LookupDigest = built.LookupDigest,
        };
        var result = await store.AppendAsync(request, cancellationToken);
        switch (result.Outcome)
        {
            case AppendOutcome.Committed:
                var recordedEvent = new Event
                {
                    BodyBytes = ByteString.CopyFrom(bodyBytes),
                    Body = body,
                    Hash = ByteString.CopyFrom(hash),
                    Position = new LogPosition { LogId = log.LogId, Index = result.Positions[0] },
                    PersonalData = part,
                };
                return (new MutationOutcome { Dossier = next, Event = recordedEvent, Receipt = receipt }, false);
            case AppendOutcome.VersionMismatch when context.HasExpectedVersion:
                throw Fail.VersionMismatch(result.CurrentVersion);
            case AppendOutcome.VersionMismatch:
                return (null, true);
            case AppendOutcome.DuplicateRequest:
                return (await ReplayAsync(result.ExistingRequest!, digest, cancellationToken), false);
            default:
                throw result.TakenClaim?.Kind == ClaimKind.NationalCode
                    ? Fail.Exists(ErrorReason.NationalCodeTaken, "the national dossier code is taken")
                    : Fail.Exists(ErrorReason.VendorCodeTaken, "the vendor code is taken within this member system");
        }
    }

    private static (EventBody Body, PersonalDataPart? Part) Envelope(Built built, CommandScope scope, CommandContext context, TraceContext trace, long version, byte[]? headHash, HubRegistry hub)
    {
        var body = built.Payload;
        body.DossierId = scope.DossierId;
        body.Sequence = version + 1;
        body.Id = $"{scope.DossierId}/{body.Sequence}";
        body.Type = EventTypes.Of(body.PayloadCase);
        body.Actor = new Actor
        {
            MemberId = scope.Caller.MemberId,
            Agency = new AgencyRef { AgencyId = scope.ActingAgencyId, Name = hub.Agency(scope.ActingAgencyId)?.Name ?? "" },
            Officer = context.Officer,
        };
        body.ClaimedTime = Timestamp.FromDateTimeOffset(scope.Claimed);
        body.RecordedTime = Timestamp.FromDateTimeOffset(scope.Recorded);
        body.Provenance = context.Provenance ?? new Provenance { Kind = ProvenanceKind.Native };
        body.RequestId = context.RequestId;
        body.SchemaId = "interop.dossier.v1";
        body.TraceContext = trace;
        body.PreviousHash = ByteString.CopyFrom(headHash ?? EventHashing.Zero);
        if (built.Personal is null)
        {
            return (body, null);
        }

        var salt = RandomNumberGenerator.GetBytes(32);
        var data = built.Personal.ToByteArray();
        body.PersonalDataDigest = ByteString.CopyFrom(EventHashing.PersonalDigest(salt, data));
        return (body, new PersonalDataPart { Salt = ByteString.CopyFrom(salt), DataBytes = ByteString.CopyFrom(data), Data = built.Personal });
    }
}
