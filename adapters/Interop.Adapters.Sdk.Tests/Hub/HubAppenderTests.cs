using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Tests.Hosting;
using Interop.Protos.Dossier.V1;

namespace Interop.Adapters.Sdk.Tests.Hub;

public sealed class HubAppenderTests : IDisposable
{
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task A_legacy_record_is_appended_once_across_repeats_and_a_lost_checkpoint()
    {
        await using var hub = await LocalHub.StartAsync();
        using var connection = hub.Connect(LocalHub.DeskToken);
        using var folder = new TempDirectory();
        var client = new DossierService.DossierServiceClient(connection.Channel);
        var record = new LegacyRecordKey("BN-2025-0001", "2025-12-02T08:00:00");
        Func<string, Grpc.Core.CallOptions, Task<MutationOutcome>> receive =
            async (requestId, options) => (await client.ReceiveDossierAsync(LandDossiers.Receive(requestId, "BN-2025-0001"), options)).Outcome;

        using (var checkpoint = AdapterCheckpoint.Open(folder.File("adapter.db")))
        {
            var appender = new HubAppender(connection, checkpoint, "file-drop-test");
            Assert.Equal(HubAppender.Result.Appended, await appender.AppendAsync(record, "receive", [], receive, Ct));
            Assert.Equal(HubAppender.Result.AlreadyAppended, await appender.AppendAsync(record, "receive", [], receive, Ct));
        }

        // The adapter's checkpoint lost (a new machine): the same record gets the same request id, and the hub replays.
        using var fresh = AdapterCheckpoint.Open(folder.File("fresh.db"));
        var again = new HubAppender(connection, fresh, "file-drop-test");
        Assert.Equal(HubAppender.Result.Appended, await again.AppendAsync(record, "receive", [], receive, Ct));

        var listed = await client.ListDossiersAsync(new ListDossiersRequest { AgencyId = LandDossiers.Desk }, connection.Headers, cancellationToken: Ct);
        Assert.Single(listed.Dossiers);
        Assert.Equal(listed.Dossiers[0].Id, fresh.DossierIdOf("BN-2025-0001"));
    }

    [Fact]
    public async Task A_record_the_hub_refuses_is_parked_with_the_hubs_reason_and_field_and_nothing_is_recorded_as_appended()
    {
        await using var hub = await LocalHub.StartAsync();
        using var connection = hub.Connect(LocalHub.DeskToken);
        using var folder = new TempDirectory();
        using var checkpoint = AdapterCheckpoint.Open(folder.File("adapter.db"));
        var client = new DossierService.DossierServiceClient(connection.Channel);
        var appender = new HubAppender(connection, checkpoint, "file-drop-test");
        var record = new LegacyRecordKey("BN-2025-0002", "1");

        var result = await appender.AppendAsync(record, "receive", [1, 2, 3], async (requestId, options) =>
        {
            var request = LandDossiers.Receive(requestId, "BN-2025-0002");
            request.Dossier.Details.Procedure.ProcedureCode = "9.999999";
            return (await client.ReceiveDossierAsync(request, options)).Outcome;
        }, Ct);

        Assert.Equal(HubAppender.Result.Parked, result);
        Assert.False(checkpoint.IsAppended(record.Id, record.Version, "receive"));
        var parked = Assert.Single(checkpoint.ListParked());
        Assert.Equal((ParkDirection.ToHub, "BN-2025-0002", "1"), (parked.Direction, parked.RecordId, parked.Version));
        Assert.Equal("dossier.details.procedure.procedure_code", parked.Problem.Field);
        Assert.False(string.IsNullOrEmpty(parked.Problem.Reason));
        Assert.Equal([1, 2, 3], parked.Payload);
    }

    public void Dispose() => timeout.Dispose();
}
