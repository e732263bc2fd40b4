using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Commands;

/// <summary>Records an apology slip (event appointment_rescheduled): a later appointment, the causing agency and why; judging keeps the earlier one.</summary>
public sealed class RescheduleAppointmentCommand(RescheduleAppointmentRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.AppointmentRescheduled;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        InputChecks.Required(request.Reason, "reason", violations);
        if (request.NewAppointment is null)
        {
            violations.Add(new FieldViolation("new_appointment", "required"));
        }

        InputChecks.Document(request.Apology, "apology", violations);
    }

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var clock = scope.Existing.Clock;
        var current = clock?.RescheduledAppointment ?? clock?.Appointment;
        if (current is not null && request.NewAppointment.ToDateTimeOffset() <= current.ToDateTimeOffset())
        {
            return Refusal.Field("new_appointment", "an apology promises a later appointment than the current one");
        }

        var causing = request.CausingAgencyId.Length > 0 ? request.CausingAgencyId : scope.ActingAgencyId;
        if (scope.Registry.Agency(causing) is null)
        {
            return Refusal.Invalid(ErrorReason.AgencyUnknown, "causing_agency_id", "no such agency in the registry");
        }

        return Payload(new EventBody
        {
            AppointmentRescheduled = new AppointmentRescheduled
            {
                CausingAgency = Reception.Ref(scope.Registry, causing),
                Reason = request.Reason,
                NewAppointment = request.NewAppointment,
                Apology = request.Apology,
            },
        });
    }
}
