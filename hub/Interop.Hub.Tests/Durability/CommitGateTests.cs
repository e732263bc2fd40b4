using Grpc.Health.V1;
using Interop.Protos.Dossier.V1;
using Xunit.Abstractions;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Durability;

/// <summary>EV-9: OK only after the commit has reached the disk. The real hub in process, its disk sync held by the store's test hook.</summary>
[Collection(DurabilityCollection.Name)]
public sealed class CommitGateTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly DiskSyncGate gate = new();
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync(new() { BeforeCommit = gate.BeforeCommitAsync });

    public async Task DisposeAsync()
    {
        gate.Open();
        await hub.DisposeAsync();
    }

    [Fact]
    public async Task Hub_answers_no_call_ok_while_the_disk_sync_is_held_and_every_one_once_it_is_done()
    {
        var igate = Members.IgateOn(hub.Channel);
        var existing = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            var received = await igate.Dossiers.ReceiveDossierAsync(Receive($"gate-setup-{i}", $"H21.129-251103-9{i:000}", Local(11, 3, 8)));
            existing.Add(received.Outcome.Dossier.Id);
        }

        gate.Close();
        var calls = new List<Task<MutationOutcome>>();
        for (var i = 0; i < 16; i++)
        {
            calls.Add(Outcome(igate.Dossiers.ReceiveDossierAsync(Receive($"gate-{i}", $"H21.129-251103-{i:0000}", Local(11, 3, 8))).ResponseAsync, r => r.Outcome));
        }

        foreach (var (id, i) in existing.Select((id, i) => (id, i)))
        {
            var note = new AddNoteRequest { Context = Context($"gate-note-{i}", Members.Desk, Local(11, 3, 9)), DossierId = id, Text = "Đã kiểm tra thành phần hồ sơ" };
            calls.Add(Outcome(igate.Dossiers.AddNoteAsync(note).ResponseAsync, r => r.Outcome));
        }

        await gate.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(2));
        Assert.DoesNotContain(calls, call => call.IsCompleted);

        var health = await igate.Health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
        output.WriteLine($"health while the sync is held: {health.Status}");
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.NotServing, health.Status);
        Assert.DoesNotContain(calls, call => call.IsCompleted);

        gate.Open();
        var outcomes = await Task.WhenAll(calls);
        Assert.Equal(calls.Count, outcomes.Select(o => Convert.ToHexString(o.Event.Hash.Span)).Distinct().Count());
        var after = await igate.Health.CheckAsync(new HealthCheckRequest(), deadline: DateTime.UtcNow.AddSeconds(10));
        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, after.Status);
    }

    private static async Task<MutationOutcome> Outcome<T>(Task<T> call, Func<T, MutationOutcome> outcome) => outcome(await call);
}
