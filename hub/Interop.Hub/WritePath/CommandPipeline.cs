using Grpc.Core;
using Interop.Domain.Decisions;
using Interop.Domain.Identifiers;
using Interop.Domain.Rights;
using Interop.Hub.Errors;
using Interop.Hub.Identity;
using Interop.Hub.Registry;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>
/// The write path (DESIGN.md §4), in order: authenticate (done before every call by
/// <see cref="AuthenticationInterceptor"/>) → admission (<see cref="WriteAdmission"/>) → read → decide (the domain's pure
/// function) → seal → one conditional append → answer. It decides no rule itself: it only retries a
/// decision that lost a race without an expected version, and answers an identical request's outcome.
/// </summary>
internal sealed partial class CommandPipeline(IDossierStore store, IEventLog log, RegistryHolder registry, WriteAdmission admission, EventSeal seal, CodeNumbers codes, TimeProvider time)
{
    private const int MaxAttempts = 16;

    public async Task<MutationOutcome> ExecuteAsync(DossierCommand command, ServerCallContext call)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(call);
        var cancellationToken = call.CancellationToken;
        var caller = AuthenticatedCaller.Of(call);
        if (CommandEnvelope.Check(caller, command.Context) is { } refused)
        {
            throw Fail.From(refused);
        }

        using var admitted = admission.Enter();
        var requestId = command.Context.RequestId;
        var digest = RequestDigest.Of(command.Request);

        // No look-up of the request id first: the append checks it before anything else and answers
        // DuplicateRequest, and a replay refused by a decision on today's state is caught below. A
        // first request, the common case, so costs no read.
        var attempt = new Attempt(command, caller, registry.Current, command.ExistingDossierId ?? DossierIds.ForNewDossier(caller.MemberId, requestId), digest, TraceContexts.Of(call));
        try
        {
            for (var i = 0; i < MaxAttempts; i++)
            {
                if (await TryAsync(attempt, cancellationToken) is { } outcome)
                {
                    return outcome;
                }
            }
        }
        catch (HubException)
        {
            // An identical request may have committed after this one looked for its record, and then
            // this one reads the dossier it made: answer its outcome, not a refusal (IDEM-4).
            if (await store.FindIdempotencyAsync(caller.MemberId, requestId, cancellationToken) is { } raced)
            {
                return await ReplayAsync(raced, digest, cancellationToken);
            }

            throw;
        }
        finally
        {
            if (attempt.Number is { } unused)
            {
                codes.Release(unused);
            }
        }

        // Every attempt lost a race to other writers of the same dossier: say so with the version now.
        var current = await store.ReadDossierAsync(attempt.DossierId, cancellationToken);
        throw Fail.VersionMismatch(current?.Version ?? 0);
    }

    /// <summary>One try: read, decide, seal, append. Null means "lost a race without an expected version: try again".</summary>
    private async Task<MutationOutcome?> TryAsync(Attempt attempt, CancellationToken cancellationToken)
    {
        // A new dossier's id is derived from the request id, so it can exist only if this request
        // committed before (the append answers DuplicateRequest) or lost a race (VersionMismatch, and
        // the next try reads it): its first try reads nothing.
        var stored = attempt.Tries++ == 0 && attempt.Command.ExistingDossierId is null
            ? null
            : await store.ReadDossierAsync(attempt.DossierId, cancellationToken);
        var state = stored is null ? null : Dossier.Parser.ParseFrom(stored.State);
        var decision = attempt.Command.Decide(new DecisionInput(attempt.Registry, attempt.Caller, attempt.DossierId, state, time.GetUtcNow()));
        var draft = decision.Draft ?? throw Fail.From(decision.Refusal!);
        if (draft.CodeRequest is { } codeRequest)
        {
            if (attempt.Number is { } held && held.Request != codeRequest)
            {
                // A retry across local midnight needs the other day's number.
                codes.Release(held);
                attempt.Number = null;
            }

            attempt.Number ??= await codes.TakeAsync(codeRequest, cancellationToken);
            if (attempt.Number.Number > DossierCode.MaxSequence)
            {
                // Past the widest number a code holds (STANDARD ID-2b): never valid, so not given back.
                attempt.Number = null;
                throw Fail.NationalCodesExhausted();
            }

            draft.AssignNationalCode(attempt.Number.Number);
        }

        var sealedEvent = seal.Seal(draft, stored?.HeadHash, attempt.Trace);
        var idempotency = new IdempotencyRecord(attempt.Caller.MemberId, attempt.Command.Context.RequestId, attempt.Digest, attempt.DossierId, draft.Body.Sequence, draft.Body.RecordedTime.ToDateTimeOffset());
        var result = await store.AppendAsync(AppendRequests.Of(sealedEvent, idempotency), cancellationToken);
        switch (result.Outcome)
        {
            case AppendOutcome.Committed:
                attempt.Number = null;
                return sealedEvent.Outcome(log.LogId, result.Positions[0]);
            case AppendOutcome.VersionMismatch when attempt.Command.Context.HasExpectedVersion:
                throw Fail.VersionMismatch(result.CurrentVersion);
            case AppendOutcome.VersionMismatch:
                return null;
            case AppendOutcome.DuplicateRequest:
                return await ReplayAsync(result.ExistingRequest!, attempt.Digest, cancellationToken);
            case AppendOutcome.ClaimTaken when result.TakenClaim?.Kind == ClaimKind.NationalCode && attempt.Number is not null:
                // A number of the hub's own sequence that another dossier holds (the agency issued its own
                // codes earlier that day, or a store was restored): never hand it out again; try the next.
                attempt.Number = null;
                return null;
            default:
                throw result.TakenClaim?.Kind == ClaimKind.NationalCode
                    ? Fail.Exists(ErrorReason.NationalCodeTaken, "the national dossier code is taken")
                    : Fail.Exists(ErrorReason.VendorCodeTaken, "the vendor code is taken within this member system");
        }
    }

    /// <summary>One call's command with what stays the same across its tries, and the code number it holds.</summary>
    private sealed record Attempt(DossierCommand Command, Caller Caller, Domain.Registry.RegistryView Registry, string DossierId, byte[] Digest, TraceContext Trace)
    {
        public CodeNumber? Number { get; set; }

        public int Tries { get; set; }
    }
}
