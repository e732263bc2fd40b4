using Google.Protobuf;
using Interop.Protos.Dossier.V1;

namespace Interop.Protos.Tests;

public sealed class SampleCompletenessTests
{
    [Fact]
    public void Sample_dossier_state_sets_every_field_recursively()
    {
        Assert.Empty(UnsetFields.Of(SampleDossierState.Complete()));
    }

    [Fact]
    public void Sample_events_cover_every_payload_case_once()
    {
        var cases = SampleEvents.All().Select(e => e.Body.PayloadCase).ToList();
        var expected = Enum.GetValues<EventBody.PayloadOneofCase>().Where(c => c != EventBody.PayloadOneofCase.None);

        Assert.Equal(expected.Order(), cases.Order());
        Assert.Equal(cases.Count, cases.Distinct().Count());
    }

    [Fact]
    public void Every_sample_event_sets_every_field_recursively()
    {
        var unset = SampleEvents.All().SelectMany(e => UnsetFields.Of(e).Select(f => $"{e.Body.PayloadCase}: {f}"));

        Assert.Empty(unset);
    }

    [Fact]
    public void Unset_field_walker_reports_a_nested_field_left_at_its_default()
    {
        var dossier = SampleDossierState.Complete();
        dossier.Custody.Handovers[0].Deadline = null;
        dossier.PersonalData.Owner.Contact.Email = "";

        Assert.Equal(
            new[] { "Dossier.personal_data.owner.contact.email", "Dossier.custody.handovers[].deadline" },
            UnsetFields.Of(dossier));
    }

    [Fact]
    public void Sample_dossier_survives_binary_and_json_round_trips_unchanged()
    {
        var dossier = SampleDossierState.Complete();

        var fromBinary = Dossier.V1.Dossier.Parser.ParseFrom(dossier.ToByteArray());
        var json = JsonFormatter.Default.Format(dossier);
        var fromJson = JsonParser.Default.Parse<Dossier.V1.Dossier>(json);

        Assert.Equal(dossier, fromBinary);
        Assert.Equal(dossier, fromJson);
        Assert.Equal("Nguyễn Thị Hồng Nhung", fromJson.PersonalData.Owner.Name);
        Assert.Contains("\"dienTich\":120.50", fromJson.PersonalData.FormData.Json, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_events_survive_binary_and_json_round_trips_unchanged()
    {
        foreach (var recorded in SampleEvents.All())
        {
            var fromBinary = Event.Parser.ParseFrom(recorded.ToByteArray());
            var fromJson = JsonParser.Default.Parse<Event>(JsonFormatter.Default.Format(recorded));

            Assert.Equal(recorded, fromBinary);
            Assert.Equal(recorded, fromJson);
            Assert.Equal(recorded.Body, EventBody.Parser.ParseFrom(fromJson.BodyBytes));
        }
    }
}
