using Grpc.Core;
using Interop.Hub.Commands;
using Interop.Hub.Errors;
using Interop.Hub.Identity;
using Interop.Hub.Registry;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>
/// The write path (DESIGN.md §4): authenticate → idempotency → validate → read the dossier → run the
/// lifecycle → build the event with its hash and receipt → conditional append. OK only after commit.
/// </summary>
internal sealed partial class CommandPipeline(IDossierStore store, IEventLog log, IClaimStore claims, RegistryHolder registry, ReceiptSigner signer, TimeProvider time)
{
    private const int MaxAttempts = 16;

    public async Task<MutationOutcome> ExecuteAsync(DossierCommand command, ServerCallContext call)
    {
        var cancellationToken = call.CancellationToken;
        var caller = Caller.From(call);
        var context = command.Context;
        Authorise(caller, context);
        var digest = RequestDigest.Of(command.Request);
        if (await store.FindIdempotencyAsync(caller.MemberId, context.RequestId, cancellationToken) is { } committed)
        {
            return await ReplayAsync(committed, digest, cancellationToken);
        }

        var hub = registry.Current;
        var dossierId = command.ExistingDossierId ?? DossierIds.ForNewDossier(caller.MemberId, context.RequestId);
        var violations = new List<FieldViolation>();
        var probe = new CommandScope(caller, hub, claims, time.GetUtcNow(), time.GetUtcNow(), dossierId, context.ActingAgencyId);
        InputChecks.Timestamps(command.Request, "", violations);
        command.Validate(probe, violations);
        if (violations.Count > 0)
        {
            throw Fail.Fields(violations);
        }

        var trace = new TraceContext
        {
            Traceparent = call.RequestHeaders.GetValue("traceparent") ?? "",
            Tracestate = call.RequestHeaders.GetValue("tracestate") ?? "",
        };
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            (MutationOutcome? Outcome, bool Retry) result;
            try
            {
                result = await AttemptAsync(command, caller, hub, dossierId, digest, trace, cancellationToken);
            }
            catch (HubException)
            {
                // An identical request may have committed after this one looked for its record, and then
                // this one reads the dossier it made: answer its outcome, not a refusal (IDEM-4).
                if (await store.FindIdempotencyAsync(caller.MemberId, context.RequestId, cancellationToken) is { } raced)
                {
                    return await ReplayAsync(raced, digest, cancellationToken);
                }

                throw;
            }

            if (result.Outcome is not null)
            {
                return result.Outcome;
            }
        }

        // Every attempt lost a race to other writers of the same dossier: say so with the version now.
        var current = await store.ReadDossierAsync(dossierId, cancellationToken);
        throw Fail.VersionMismatch(current?.Version ?? 0);
    }

    private static void Authorise(Caller caller, CommandContext context)
    {
        if (caller.IsAuditor)
        {
            throw Fail.Denied(ErrorReason.MemberReadOnly, "auditors read; they do not write");
        }

        var violations = new List<FieldViolation>();
        if (context.RequestId.Length is 0 or > 128 || context.RequestId.Any(c => c is < '!' or > '~'))
        {
            violations.Add(new FieldViolation("context.request_id", "1 to 128 printable ASCII characters, no spaces"));
        }

        if (context.ActingAgencyId.Length == 0)
        {
            violations.Add(new FieldViolation("context.acting_agency_id", "required"));
        }

        if (violations.Count > 0)
        {
            throw Fail.Fields(violations);
        }

        if (!caller.ActsFor(context.ActingAgencyId))
        {
            throw Fail.Denied(ErrorReason.AgencyNotRegisteredToMember, "the acting agency is not registered to the calling member");
        }
    }
}
