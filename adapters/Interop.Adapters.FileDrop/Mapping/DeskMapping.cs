using System.Globalization;
using Google.Protobuf.WellKnownTypes;
using Interop.Adapters.FileDrop.Format;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Adapters.FileDrop.Mapping;

/// <summary>
/// A desk line as the canonical <c>ReceiveDossier</c> and back: the fields the desk format carries
/// (see the adapter's README for the list and for what it cannot carry). Both ways are total on what
/// they are given; the round trip is exact on the carried fields.
/// </summary>
public static class DeskMapping
{
    /// <summary>The receive of a desk line: mapped, or imported with the desk's own appointment when onboarding.</summary>
    public static ReceiveDossierRequest Receive(DeskRecord record, DeskSite site, string requestId, bool imported)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(site);
        var request = new ReceiveDossierRequest
        {
            Context = Context(record, site, requestId, record.Received, imported ? ProvenanceKind.Imported : ProvenanceKind.Mapped),
            VendorCode = record.ReceiptNumber,
            Dossier = new DossierInput
            {
                Details = new DossierDetails
                {
                    Procedure = new ProcedureRef { ProcedureCode = record.ProcedureCode, CaseCode = record.CaseCode },
                    Summary = record.Summary,
                    Channel = Channel.InPerson,
                    ReturnAgency = new AgencyRef { AgencyId = site.ReturnAgencyId.Length > 0 ? site.ReturnAgencyId : site.DeskAgencyId },
                    SubjectPlace = new SubjectPlace
                    {
                        Province = Unit(site.ProvinceCode, UnitLevel.Province),
                        Commune = record.CommuneCode.Length > 0 ? Unit(record.CommuneCode, UnitLevel.Commune) : null,
                    },
                },
                PersonalData = new PersonalData { Owner = Owner(record) },
            },
        };
        if (imported && record.Appointment is { } appointment)
        {
            // The desk's appointment is a date: the end of that working day in its local time.
            request.ImportedAppointment = Timestamp.FromDateTimeOffset(new DateTimeOffset(appointment.ToDateTime(new TimeOnly(17, 0)), site.UtcOffset));
        }

        return request;
    }

    /// <summary>The desk line of a receive: its status from the provenance's source status, its version as given (the canonical model has no such field).</summary>
    public static DeskRecord RecordOf(ReceiveDossierRequest request, DeskSite site, DateTime updated)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(site);
        var details = request.Dossier.Details;
        var owner = request.Dossier.PersonalData.Owner;
        return new DeskRecord(
            request.VendorCode,
            request.Context.ClaimedTime.ToDateTimeOffset().ToOffset(site.UtcOffset).DateTime,
            request.ImportedAppointment is { } appointment ? DateOnly.FromDateTime(appointment.ToDateTimeOffset().ToOffset(site.UtcOffset).DateTime) : null,
            details.Procedure.ProcedureCode,
            details.Procedure.CaseCode,
            owner.Name,
            owner.IdentityDocuments.FirstOrDefault()?.Number ?? "",
            owner.Address?.FullText ?? "",
            details.SubjectPlace?.Commune?.Code ?? "",
            details.Summary,
            request.Context.Officer?.Id ?? "",
            int.TryParse(request.Context.Provenance?.SourceStatus, NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? (DeskStatus)status : DeskStatus.Received,
            updated);
    }

    /// <summary>
    /// The time a desk line's transition claims: the desk writes <c>NgayCapNhat</c> to the second, so the
    /// change happened within that second and claims its end, never earlier than an event another system
    /// recorded within it (as the land adapter claims its reports' times).
    /// </summary>
    public static DateTime StepTime(DeskRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.Updated.AddMilliseconds(999);
    }

    /// <summary>The context of a desk line's step: the desk acting, the line's officer, the time given, the line's provenance.</summary>
    public static CommandContext Context(DeskRecord record, DeskSite site, string requestId, DateTime localTime, ProvenanceKind kind)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(site);
        return new CommandContext
        {
            RequestId = requestId,
            ActingAgencyId = site.DeskAgencyId,
            Officer = new Officer { Id = record.OfficerCode },
            ClaimedTime = Timestamp.FromDateTimeOffset(new DateTimeOffset(localTime, site.UtcOffset)),
            Provenance = new Provenance
            {
                Kind = kind,
                SourceSystem = site.SourceSystem,
                SourceRecordId = record.ReceiptNumber,
                SourceStatus = ((int)record.Status).ToString(CultureInfo.InvariantCulture),
            },
        };
    }

    private static Party Owner(DeskRecord record)
    {
        var owner = new Party { Kind = PartyKind.Citizen, Name = record.OwnerName };
        if (record.OwnerIdNumber.Length > 0)
        {
            // SoCMND holds the 12-digit personal id, or the 9-digit card of before 2016.
            var kind = record.OwnerIdNumber.Length == 9 ? IdentityDocumentKind.OldIdCard : IdentityDocumentKind.PersonalId;
            owner.IdentityDocuments.Add(new IdentityDocument { Kind = kind, Number = record.OwnerIdNumber });
        }

        if (record.OwnerAddress.Length > 0)
        {
            owner.Address = new Address { FullText = record.OwnerAddress };
        }

        return owner;
    }

    private static UnitRef Unit(string code, UnitLevel level) => new() { Code = code, Edition = UnitListEdition.List2025, Level = level };
}
