using CsCheck;
using Interop.Adapters.FileDrop.Format;
using Interop.Adapters.FileDrop.Mapping;
using Interop.Adapters.FileDrop.Tests.Format;
using Interop.Adapters.Sdk.Text;
using Interop.Protos.Dossier.V1;

namespace Interop.Adapters.FileDrop.Tests.Mapping;

public sealed class DeskMappingTests
{
    private static readonly DeskSite Site = new() { DeskAgencyId = "001.01.21.H21", ReturnAgencyId = "000.00.01.H21", ProvinceCode = "52" };

    [Fact]
    public void A_desk_line_mapped_to_the_canonical_receive_and_back_is_unchanged_in_every_field()
    {
        DeskRecordGen.Record.Sample(record =>
        {
            var canonical = DeskMapping.Receive(record, Site, "req-1", imported: true);

            Assert.Equal(record, DeskMapping.RecordOf(canonical, Site, record.Updated));
        }, iter: 1_000);
    }

    [Theory]
    [InlineData(DeskFileLayout.Csv, LegacyEncoding.Tcvn3)]
    [InlineData(DeskFileLayout.FixedWidth, LegacyEncoding.Vni)]
    public void A_canonical_receive_written_to_a_desk_file_and_read_back_is_unchanged_in_every_field_the_format_carries(DeskFileLayout layout, LegacyEncoding encoding)
    {
        Gen.Select(DeskRecordGen.Record, Gen.Bool).Sample((record, imported) =>
        {
            var canonical = DeskMapping.Receive(record, Site, "req-1", imported);

            var bytes = DeskFile.Write([DeskMapping.RecordOf(canonical, Site, record.Updated)], layout, encoding);
            var read = DeskFile.Read(bytes, layout, encoding).Lines.Single().Record!;

            Assert.Equal(canonical, DeskMapping.Receive(read, Site, "req-1", imported));
        }, iter: 500);
    }

    [Fact]
    public void The_receive_carries_the_desks_identity_time_place_and_provenance()
    {
        var record = new DeskRecord(
            "BN-1", new DateTime(2025, 6, 2, 8, 30, 0), new DateOnly(2025, 6, 20), "1.004227", "TH1", "Trần Văn Bình", "123456789",
            "Thôn 3, xã Ia Grai", "23563", "Đăng ký biến động đất đai", "CB01", DeskStatus.Processing, new DateTime(2025, 6, 2, 8, 31, 5));

        var mapped = DeskMapping.Receive(record, Site, "req-1", imported: false);
        var imported = DeskMapping.Receive(record, Site, "req-1", imported: true);

        Assert.Equal(("001.01.21.H21", "2025-06-02T01:30:00Z", "BN-1"), (mapped.Context.ActingAgencyId, mapped.Context.ClaimedTime.ToDateTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture), mapped.VendorCode));
        Assert.Equal((ProvenanceKind.Mapped, "file-drop desk", "BN-1", "2"), (mapped.Context.Provenance.Kind, mapped.Context.Provenance.SourceSystem, mapped.Context.Provenance.SourceRecordId, mapped.Context.Provenance.SourceStatus));
        Assert.Null(mapped.ImportedAppointment);
        Assert.Equal(ProvenanceKind.Imported, imported.Context.Provenance.Kind);
        Assert.Equal("2025-06-20T10:00:00Z", imported.ImportedAppointment.ToDateTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(IdentityDocumentKind.OldIdCard, mapped.Dossier.PersonalData.Owner.IdentityDocuments.Single().Kind);
        Assert.Equal(("52", "23563"), (mapped.Dossier.Details.SubjectPlace.Province.Code, mapped.Dossier.Details.SubjectPlace.Commune.Code));
    }
}
