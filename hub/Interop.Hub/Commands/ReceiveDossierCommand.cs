using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Identifiers;
using Interop.Domain.Time;
using Interop.Hub.Errors;
using Interop.Hub.Lookup;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Registry.V1;
using Interop.Store;

namespace Interop.Hub.Commands;

/// <summary>
/// Receives a dossier at a desk (event received): a new one, or one filed before. Issues the national
/// code for hub-issued agencies, computes the appointment and the route, and records them, with the
/// digest of the citizen's look-up secret stored beside the code's claim (never in the event).
/// </summary>
internal sealed class ReceiveDossierCommand(ReceiveDossierRequest request, LookupSecrets secrets) : DossierCommand(request, request.Context)
{
    public override EventType Type => EventType.Received;

    public override string? ExistingDossierId => request.DossierId.Length == 0 ? null : request.DossierId;

    public override void Validate(CommandScope scope, List<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(scope);
        Reception.CheckInput(scope.Registry, request.VendorCode, request.Dossier, isNew: ExistingDossierId is null, violations);
        if (request.ImportedAppointment is not null && Context.Provenance?.Kind != ProvenanceKind.Imported)
        {
            violations.Add(new FieldViolation("imported_appointment", "only imported history may bring its own appointment"));
        }

        var desk = scope.Registry.Agency(Context.ActingAgencyId);
        if (desk is not null)
        {
            CheckNationalCode(desk, scope.Caller.MemberId);
        }
    }

    public override async ValueTask<Built> BuildAsync(CommandScope scope, Dossier? state, DossierStatus target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var details = Reception.Merge(state?.Details, request.Dossier?.Details);
        var choice = ProcedureChoice.Resolve(scope.Registry, details.Procedure, scope.Claimed, "dossier.details.procedure");
        var deskId = scope.ActingAgencyId;
        var competent = Reception.Competent(scope.Registry, choice, details, deskId);
        var limit = choice.LimitFor(details.Channel, "dossier.details.channel");
        var calculator = scope.Registry.WorkingTime(deskId);
        var appointment = calculator.Appoint(scope.Claimed, Limits.ToDomain(limit));
        var nationalCode = request.NationalCode.Length > 0
            ? request.NationalCode
            : await IssueCodeAsync(scope, deskId, cancellationToken);
        var received = new Received
        {
            Details = request.Dossier?.Details?.Clone() ?? new DossierDetails(),
            VendorCode = new VendorCode { MemberId = scope.Caller.MemberId, Code = request.VendorCode },
            NationalCode = nationalCode,
            ReceivingAgency = Reception.Ref(scope.Registry, deskId),
            CompetentAgency = Reception.Ref(scope.Registry, competent),
            ReturnAgency = Reception.Ref(scope.Registry, details.ReturnAgency?.AgencyId is { Length: > 0 } back ? back : deskId),
            Limit = limit,
            CountingStartTime = Timestamp.FromDateTimeOffset(appointment.CountingStart),
            Appointment = Timestamp.FromDateTimeOffset(request.ImportedAppointment?.ToDateTimeOffset() ?? appointment.Due),
            CalendarVersion = Limits.VersionsOf(appointment.CalendarUse),
            CatalogueVersion = scope.Registry.CatalogueVersion,
            AppointmentImported = request.ImportedAppointment is not null,
        };
        received.Details.Procedure = choice.Filled();
        received.Details.CompetentAgency = received.CompetentAgency.Clone();
        received.Details.ReturnAgency = received.ReturnAgency.Clone();
        received.Route.Add(Reception.Route(scope.Registry, choice, deskId, competent));
        var personal = request.Dossier?.PersonalData is { } p && p.CalculateSize() > 0 ? p : null;
        return new Built(
            new EventBody { Received = received },
            personal,
            [new Claim(ClaimKind.NationalCode, nationalCode), Reception.VendorClaim(scope.Caller.MemberId, request.VendorCode)],
            secrets.DigestFor(nationalCode, scope.DossierId));
    }

    private void CheckNationalCode(Agency desk, string memberId)
    {
        if (desk.CodeIssuer == CodeIssuer.Hub && request.NationalCode.Length > 0)
        {
            throw Fail.Invalid(ErrorReason.NationalCodeNotExpected, "national_code", "the hub issues this agency's national codes; send none");
        }

        if (desk.CodeIssuer == CodeIssuer.Member)
        {
            if (request.NationalCode.Length == 0)
            {
                throw Fail.Invalid(ErrorReason.NationalCodeRequired, "national_code", "this agency's member system issues its national codes; send one");
            }

            var parsed = DossierCode.Parse(request.NationalCode);
            if (!parsed.IsValid || parsed.Value!.Agency.Value != desk.Id || desk.CodeIssuerMemberId != memberId)
            {
                throw Fail.Invalid(ErrorReason.NationalCodeInvalid, "national_code", parsed.Error?.Message ?? "the code must carry the receiving agency's e-ID and come from its issuing member");
            }
        }
    }

    private static async Task<string> IssueCodeAsync(CommandScope scope, string deskId, CancellationToken cancellationToken)
    {
        var date = VietnamTime.DateOf(scope.Claimed);
        var sequence = await scope.Store.ReserveCodeNumbersAsync(deskId, date, 1, cancellationToken);
        return DossierCode.Create(AgencyId.Parse(deskId).Value!, date, checked((int)sequence)).Value;
    }
}
