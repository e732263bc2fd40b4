using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Decisions;
using Interop.Domain.Identifiers;
using Interop.Domain.Lifecycle;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Domain.Time;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Registry.V1;

namespace Interop.Domain.Commands;

/// <summary>
/// Receives a dossier at a desk (event received): a new one, or one filed before. Computes the
/// competent agency, the appointment and the route and records them; for a hub-issued agency it asks
/// the hub for the national code, for a member-issued one it takes the member's.
/// </summary>
public sealed class ReceiveDossierCommand(ReceiveDossierRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.Received;

    public override string? ExistingDossierId => request.DossierId.Length == 0 ? null : request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(caller);
        Reception.CheckInput(registry, request.VendorCode, request.Dossier, isNew: ExistingDossierId is null, violations);
        if (request.ImportedAppointment is not null && Context.Provenance?.Kind != ProvenanceKind.Imported)
        {
            violations.Add(new FieldViolation("imported_appointment", "only imported history may bring its own appointment"));
        }

        if (registry.Agency(Context.ActingAgencyId) is { } desk && NationalCodeViolation(desk, caller.MemberId) is { } wrongCode)
        {
            violations.Add(wrongCode);
        }
    }

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var details = DetailsOverlay.Merged(scope.State?.Details, request.Dossier?.Details);
        if (ProcedureChoice.Resolve(scope.Registry, details.Procedure, scope.Claimed, "dossier.details.procedure", out var unknown) is not { } choice)
        {
            return unknown!;
        }

        var deskId = scope.ActingAgencyId;
        if (Reception.Competent(choice, details, deskId, out var notCompetent) is not { } competent)
        {
            return notCompetent!;
        }

        if (choice.LimitFor(details.Channel) is not { } limit)
        {
            return Refusal.Field("dossier.details.channel", $"the case has no limit for channel {details.Channel}");
        }

        var appointment = scope.Registry.WorkingTime(deskId).Appoint(scope.Claimed, Limits.ToDomain(limit));
        var received = new Received
        {
            Details = request.Dossier?.Details?.Clone() ?? new DossierDetails(),
            VendorCode = new VendorCode { MemberId = scope.Caller.MemberId, Code = request.VendorCode },
            NationalCode = request.NationalCode,
            ReceivingAgency = Reception.Ref(scope.Registry, deskId),
            CompetentAgency = Reception.Ref(scope.Registry, competent),
            ReturnAgency = Reception.Ref(scope.Registry, details.ReturnAgency?.AgencyId is { Length: > 0 } back ? back : deskId),
            Limit = limit.Clone(),
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
        var vendorKey = UniqueKey.VendorCode(scope.Caller.MemberId, request.VendorCode);
        return request.NationalCode.Length > 0
            ? new CommandPayload(new EventBody { Received = received }, Reception.PersonalOf(request.Dossier), [UniqueKey.NationalCode(request.NationalCode), vendorKey])
            : new CommandPayload(new EventBody { Received = received }, Reception.PersonalOf(request.Dossier), [vendorKey], new NationalCodeRequest(deskId, VietnamTime.DateOf(scope.Claimed)));
    }

    /// <summary>A hub-issued agency's code comes from the hub; a member-issued one's from its issuing member, with its e-ID (STANDARD.md ID-2).</summary>
    private FieldViolation? NationalCodeViolation(Agency desk, string memberId)
    {
        switch (desk.CodeIssuer)
        {
            case CodeIssuer.Hub when request.NationalCode.Length > 0:
                return new FieldViolation("national_code", "the hub issues this agency's national codes; send none", ErrorReason.NationalCodeNotExpected);
            case CodeIssuer.Member when request.NationalCode.Length == 0:
                return new FieldViolation("national_code", "this agency's member system issues its national codes; send one", ErrorReason.NationalCodeRequired);
            case CodeIssuer.Member:
                var parsed = DossierCode.Parse(request.NationalCode);
                return !parsed.IsValid || parsed.Value!.Agency.Value != desk.Id || desk.CodeIssuerMemberId != memberId
                    ? new FieldViolation("national_code", parsed.Error?.Message ?? "the code must carry the receiving agency's e-ID and come from its issuing member", ErrorReason.NationalCodeInvalid)
                    : null;
            default:
                return null;
        }
    }
}
