using Interop.Hub.Errors;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Commands;

/// <summary>The commands on existing dossiers: each request's checks and the payload it records.</summary>
internal static partial class DossierCommands
{
    public static DossierCommand Refuse(RefuseDossierRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.Refused,
        (_, _, _) => Payload(new EventBody { Refused = new Refused { Reason = r.Reason, Documents = { r.Documents } } }),
        v => { InputChecks.Required(r.Reason, "reason", v); Docs(r.Documents, "documents", v); });

    public static DossierCommand RequestSupplement(RequestSupplementRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.SupplementRequested,
        (scope, state, _) => Payload(new EventBody
        {
            SupplementRequested = new SupplementRequested
            {
                SupplementId = $"s-{state.Version + 1}",
                Phase = state.Status == DossierStatus.Submitted ? SupplementPhase.Reception : SupplementPhase.Processing,
                Reason = r.Reason,
                Content = r.Content,
                ComponentCodes = { r.ComponentCodes },
                CitizenDeadline = r.CitizenDeadline,
            },
        }),
        v => InputChecks.Required(r.Reason, "reason", v));

    public static DossierCommand RecordSupplement(RecordSupplementRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.Supplemented,
        (scope, state, target) => Payload(new EventBody
        {
            Supplemented = new Supplemented
            {
                SupplementId = state.Supplements.LastOrDefault(s => s.Status == SupplementStatus.Requested)?.Id ?? "",
                Documents = { r.Documents },
                Fees = { r.Fees },
                ReceptionNote = r.ReceptionNote,
                Resumption = Clocks.Resumption(scope, state, target),
                SuppliedTime = r.SuppliedTime,
            },
        }),
        v => { Docs(r.Documents, "documents", v); Fees(r.Fees, "fees", v); });

    public static DossierCommand ExpireSupplement(ExpireSupplementRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.SupplementExpired,
        (_, state, _) => Payload(new EventBody
        {
            SupplementExpired = new SupplementExpired { SupplementId = state.Supplements.LastOrDefault(s => s.Status == SupplementStatus.Requested)?.Id ?? "", Note = r.Note },
        }));

    public static DossierCommand RequestFee(RequestFeeRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.FeeRequested,
        (_, _, _) => Payload(new EventBody { FeeRequested = new FeeRequested { Lines = { r.Lines }, Note = r.Note } }),
        v =>
        {
            if (r.Lines.Count == 0)
            {
                v.Add(new FieldViolation("lines", "at least one amount is due"));
            }

            Fees(r.Lines, "lines", v);
        });

    public static DossierCommand RecordFeePayment(RecordFeePaymentRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.FeePaid,
        (scope, state, target) => Payload(new EventBody { FeePaid = new FeePaid { Payments = { r.Payments }, Resumption = Clocks.Resumption(scope, state, target) } }),
        v =>
        {
            if (r.Payments.Count == 0)
            {
                v.Add(new FieldViolation("payments", "at least one payment"));
            }

            for (var i = 0; i < r.Payments.Count; i++)
            {
                if (r.Payments[i].Amount is null || r.Payments[i].Amount.Units < 0 || r.Payments[i].Amount.CurrencyCode != "VND")
                {
                    v.Add(new FieldViolation($"payments[{i}].amount", "a non-negative amount in VND"));
                }
            }
        });

    public static DossierCommand Suspend(SuspendDossierRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.Suspended,
        (_, _, _) => Payload(new EventBody { Suspended = new Suspended { Reason = r.Reason } }),
        v => InputChecks.Required(r.Reason, "reason", v));

    public static DossierCommand Resume(ResumeDossierRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.Resumed,
        (scope, state, target) => Payload(new EventBody { Resumed = new Resumed { Note = r.Note, Resumption = Clocks.Resumption(scope, state, target) } }));

    public static DossierCommand Withdraw(WithdrawDossierRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.Withdrawn,
        (_, _, _) => Payload(new EventBody { Withdrawn = new Withdrawn { Reason = r.Reason } }),
        v => InputChecks.Required(r.Reason, "reason", v));

    private static Built Payload(EventBody body, PersonalData? personal = null) => new(body, personal);

    private static void Docs(IEnumerable<DocumentRef> documents, string path, List<FieldViolation> violations)
    {
        var i = 0;
        foreach (var document in documents)
        {
            InputChecks.Document(document, $"{path}[{i++}]", violations);
        }
    }

    private static void Fees(IEnumerable<FeeLine> lines, string path, List<FieldViolation> violations)
    {
        var i = 0;
        foreach (var line in lines)
        {
            InputChecks.Fee(line, $"{path}[{i++}]", violations);
        }
    }
}
