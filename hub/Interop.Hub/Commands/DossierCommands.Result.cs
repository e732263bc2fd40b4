using Interop.Domain.Lifecycle;
using Interop.Hub.Errors;
using Interop.Hub.WritePath;
using Interop.Hub.Registry;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Commands;

internal static partial class DossierCommands
{
    private static readonly HashSet<string> AmendablePaths = new(StringComparer.Ordinal)
    {
        "details.procedure.case_code", "details.documents", "details.papers", "details.summary", "details.subject_place",
        "details.delivery", "details.other_codes", "details.vendor_attributes", "details.note",
        "personal_data.owner", "personal_data.submitter", "personal_data.form_data", "personal_data.postal_recipient",
    };

    public static DossierCommand Resolve(ResolveDossierRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.Resolved,
        (_, _, _) => new Built(
            new EventBody { Resolved = new Resolved { Outcome = r.Outcome, Documents = { r.Documents }, Note = r.Note } },
            r.ResultFormData is null ? null : new PersonalData { ResultFormData = r.ResultFormData }),
        v =>
        {
            if (r.Outcome == Outcome.Unspecified || !Enum.IsDefined(r.Outcome))
            {
                v.Add(new FieldViolation("outcome", "granted or not granted"));
            }

            for (var i = 0; i < r.Documents.Count; i++)
            {
                InputChecks.Document(r.Documents[i].Content, $"documents[{i}].content", v);
            }

            InputChecks.Form(r.ResultFormData, "result_form_data", v);
        },
        (scope, state) => new TransitionFacts(DeskResolvesProcedure: DeskResolves(scope.Registry, state)));

    public static DossierCommand RecallResult(RecallResultRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.ResultRecalled,
        (_, _, _) => Payload(new EventBody { ResultRecalled = new ResultRecalled { Reason = r.Reason } }),
        v => InputChecks.Required(r.Reason, "reason", v));

    public static DossierCommand ReturnResult(ReturnResultRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.ResultReturned,
        (_, _, _) => new Built(
            new EventBody
            {
                ResultReturned = new ResultReturned
                {
                    Method = r.Method,
                    OriginalsTakenBack = r.OriginalsTakenBack,
                    OriginalsTakenBackCount = r.OriginalsTakenBackCount,
                    RecipientSignature = r.RecipientSignature,
                    PostalTrackingNumber = r.PostalTrackingNumber,
                    Note = r.Note,
                },
            },
            r.Recipient is null ? null : new PersonalData { ResultRecipient = r.Recipient }),
        v =>
        {
            if (r.Method == DeliveryMethod.Unspecified || !Enum.IsDefined(r.Method))
            {
                v.Add(new FieldViolation("method", "at the desk, by post or online"));
            }

            InputChecks.Personal(r.Recipient is null ? null : new PersonalData { ResultRecipient = r.Recipient }, "recipient", v);
            InputChecks.Document(r.RecipientSignature, "recipient_signature", v);
        });

    public static DossierCommand RescheduleAppointment(RescheduleAppointmentRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.AppointmentRescheduled,
        (scope, state, _) =>
        {
            var current = state.Clock?.RescheduledAppointment ?? state.Clock?.Appointment;
            if (current is not null && r.NewAppointment.ToDateTimeOffset() <= current.ToDateTimeOffset())
            {
                throw Fail.Field("new_appointment", "an apology promises a later appointment than the current one");
            }

            var causing = r.CausingAgencyId.Length > 0 ? r.CausingAgencyId : scope.ActingAgencyId;
            if (scope.Registry.Agency(causing) is null)
            {
                throw Fail.Invalid(Protos.Error.V1.ErrorReason.AgencyUnknown, "causing_agency_id", "no such agency in the registry");
            }

            return Payload(new EventBody
            {
                AppointmentRescheduled = new AppointmentRescheduled { CausingAgency = Reception.Ref(scope.Registry, causing), Reason = r.Reason, NewAppointment = r.NewAppointment, Apology = r.Apology },
            });
        },
        v =>
        {
            InputChecks.Required(r.Reason, "reason", v);
            if (r.NewAppointment is null)
            {
                v.Add(new FieldViolation("new_appointment", "required"));
            }

            InputChecks.Document(r.Apology, "apology", v);
        });

    public static DossierCommand Amend(AmendDossierRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.Amended,
        (_, _, _) => new Built(
            new EventBody { Amended = new Amended { Details = r.Dossier?.Details ?? new DossierDetails(), UpdateMask = r.UpdateMask, Reason = r.Reason } },
            r.Dossier?.PersonalData is { } p && p.CalculateSize() > 0 ? p : (r.UpdateMask.Paths.Any(x => x.StartsWith("personal_data.", StringComparison.Ordinal)) ? new PersonalData() : null)),
        v =>
        {
            InputChecks.Required(r.Reason, "reason", v);
            if (r.UpdateMask is null || r.UpdateMask.Paths.Count == 0)
            {
                v.Add(new FieldViolation("update_mask", "name the fields to amend"));
            }
            else
            {
                v.AddRange(r.UpdateMask.Paths.Where(p => !AmendablePaths.Contains(p)).Select(p => new FieldViolation("update_mask", $"'{p}' is not an amendable input field", Protos.Error.V1.ErrorReason.UpdateMaskInvalid)));
            }

            InputChecks.Details(r.Dossier?.Details, "dossier.details", v);
            InputChecks.Personal(r.Dossier?.PersonalData, "dossier.personal_data", v);
        });

    public static DossierCommand AddNote(AddNoteRequest r) => new ExistingDossierCommand(
        r, r.Context, r.DossierId, EventType.Note,
        (_, _, _) => Payload(new EventBody { Note = new Note { Text = r.Text, Progress = r.Progress, Postal = r.Postal } }),
        v =>
        {
            if (r.Text.Length == 0 && r.Progress is null && r.Postal is null)
            {
                v.Add(new FieldViolation("text", "a note says something: text, progress or a postal report"));
            }

            if (r.Text.Length > InputChecks.MaxText)
            {
                v.Add(new FieldViolation("text", $"at most {InputChecks.MaxText} characters"));
            }
        });

    private static bool DeskResolves(HubRegistry registry, Dossier? state)
    {
        var reference = state?.Details?.Procedure;
        var procedure = reference is null ? null : registry.Procedure(reference.ProcedureCode);
        var version = procedure?.Versions.FirstOrDefault(v => v.Version == reference!.Version);
        return version?.Cases.FirstOrDefault(c => c.Code == reference!.CaseCode)?.ResolvedByDesk == true;
    }
}
