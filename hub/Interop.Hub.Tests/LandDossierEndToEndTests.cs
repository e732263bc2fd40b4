using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests;

/// <summary>A land dossier across three member systems, over real Kestrel on loopback.</summary>
public sealed class LandDossierEndToEndTests : IAsyncLifetime
{
    private HubProcess hub = null!;
    private Members members = null!;

    public async Task InitializeAsync()
    {
        hub = await HubProcess.StartAsync();
        members = new Members(hub);
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Land_dossier_travels_desk_land_office_tax_office_and_back_with_its_control_sheet()
    {
        var igate = members.Igate;
        var received = (await igate.Dossiers.ReceiveDossierAsync(Receive("r-1", "H21.129-251103-0001", Local(11, 3, 8)), igate.Options)).Outcome;
        var id = received.Dossier.Id;
        Assert.Equal("001.01.21.H21-251103-0001", received.Dossier.NationalCode);
        Assert.Equal(Local(11, 13, 8), received.Dossier.Clock.Appointment);

        await igate.Dossiers.RequestSupplementAsync(new RequestSupplementRequest { Context = Context("r-2", Members.Desk, Local(11, 4, 10)), DossierId = id, Reason = "Thiếu hợp đồng chuyển nhượng bản chính" }, igate.Options);
        var supplied = (await igate.Dossiers.RecordSupplementAsync(new RecordSupplementRequest { Context = Context("r-3", Members.Desk, Local(11, 6, 10)), DossierId = id }, igate.Options)).Outcome;
        Assert.Equal(Local(11, 17, 8), supplied.Dossier.Clock.Appointment);
        Assert.Equal(960, supplied.Dossier.Clock.PausedWorkingMinutes);

        await igate.Dossiers.OfferHandoverAsync(new OfferHandoverRequest { Context = Context("r-4", Members.Desk, Local(11, 6, 11)), DossierId = id, ToAgencyId = Members.Land, Note = "Chuyển hồ sơ" }, igate.Options);
        var land = members.Vbdlis;
        await land.Dossiers.AcceptHandoverAsync(new AcceptHandoverRequest { Context = Context("l-1", Members.Land, Local(11, 6, 14), "cv-12"), DossierId = id }, land.Options);
        var consulted = (await land.Dossiers.RequestConsultationAsync(new RequestConsultationRequest
        {
            Context = Context("l-2", Members.Land, Local(11, 7, 9), "cv-12"),
            DossierId = id,
            ConsultedAgencyId = Members.Tax,
            Question = "Xác định nghĩa vụ tài chính",
            Limit = new ProcessingLimit { Amount = 3, Unit = LimitUnit.WorkingDays },
        }, land.Options)).Outcome;
        var tax = members.TaxSystem;
        await tax.Dossiers.AnswerConsultationAsync(new AnswerConsultationRequest
        {
            Context = Context("t-1", Members.Tax, Local(11, 13, 10), "ct-3"),
            DossierId = id,
            ConsultationId = consulted.Dossier.Custody.Consultations[0].Id,
            Answer = "Thông báo nộp thuế số 123/TB-CCT",
        }, tax.Options);
        await land.Dossiers.ResolveDossierAsync(new ResolveDossierRequest { Context = Context("l-3", Members.Land, Local(11, 14, 9), "gd-01"), DossierId = id, Outcome = Outcome.Granted }, land.Options);
        await land.Dossiers.OfferHandoverAsync(new OfferHandoverRequest
        {
            Context = Context("l-4", Members.Land, Local(11, 14, 9, 30), "cv-12"),
            DossierId = id,
            ToAgencyId = Members.Desk,
            IsHandBack = true,
            StepLimit = new ProcessingLimit { Amount = 4, Unit = LimitUnit.WorkingHours },
        }, land.Options);
        await igate.Dossiers.AcceptHandoverAsync(new AcceptHandoverRequest { Context = Context("r-5", Members.Desk, Local(11, 14, 10)), DossierId = id }, igate.Options);
        var returned = (await igate.Dossiers.ReturnResultAsync(new ReturnResultRequest { Context = Context("r-6", Members.Desk, Local(11, 14, 14)), DossierId = id, Method = DeliveryMethod.AtDesk }, igate.Options)).Outcome;

        Assert.Equal(DossierStatus.Returned, returned.Dossier.Status);
        Assert.Equal(Timeliness.Early, returned.Dossier.Clock.Timeliness);
        var sheet = (await members.Auditor.Audit.GetControlSheetAsync(new GetControlSheetRequest { DossierId = id }, members.Auditor.Options)).ControlSheet;
        Assert.Equal(
            new[]
            {
                $"{Members.Desk} | by - | 11-03 08:00 → 11-03 08:00 | due - | done 11-06 11:00 | Unspecified",
                $"{Members.Land} | by {Members.Desk} | 11-06 11:00 → 11-06 14:00 | due 11-14 11:00 | done 11-14 09:30 | OnTime",
                $"{Members.Tax} | by {Members.Land} | 11-07 09:00 → 11-07 09:00 | due 11-12 09:00 | done 11-13 10:00 | Late",
                $"{Members.Desk} | by {Members.Land} | 11-14 09:30 → 11-14 10:00 | due 11-14 15:30 | done 11-14 14:00 | OnTime",
            },
            sheet.Rows.Select(Row));
        Assert.Equal(Timeliness.Early, sheet.Result);
        Assert.Equal(Local(11, 17, 8), sheet.Appointment);
    }

    private static string Row(ControlSheetRow row)
        => $"{row.Agency.AgencyId} | by {(string.IsNullOrEmpty(row.HandedOverBy?.AgencyId) ? "-" : row.HandedOverBy.AgencyId)} | {At(row.HandedOverTime)} → {At(row.ReceivedTime)} | due {At(row.Deadline)} | done {At(row.CompletedTime)} | {row.Result}";

    private static string At(Google.Protobuf.WellKnownTypes.Timestamp? time)
        => time is null ? "-" : time.ToDateTimeOffset().ToOffset(TimeSpan.FromHours(7)).ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
