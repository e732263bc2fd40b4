using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests;

/// <summary>A land dossier across three member systems, over real Kestrel on loopback.</summary>
public sealed class LandDossierEndToEndTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private Members members = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync();
        members = hub.Members;
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Land_dossier_travels_desk_land_office_tax_office_and_back_with_its_control_sheet()
    {
        var walk = await LandDossierWalk.RunAsync(members);
        var (id, received, supplied, returned) = (walk.DossierId, walk.Received, walk.Supplied, walk.Returned);

        Assert.Equal("001.01.21.H21-251103-0001", received.Dossier.NationalCode);
        Assert.Equal(Local(11, 13, 8), received.Dossier.Clock.Appointment);
        Assert.Equal(Local(11, 17, 8), supplied.Dossier.Clock.Appointment);
        Assert.Equal(960, supplied.Dossier.Clock.PausedWorkingMinutes);
        Assert.Equal(DossierStatus.Returned, returned.Dossier.Status);
        Assert.Equal(Timeliness.Early, returned.Dossier.Clock.Timeliness);
        var sheet = (await members.Auditor.Audit.GetControlSheetAsync(new GetControlSheetRequest { DossierId = id })).ControlSheet;
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
