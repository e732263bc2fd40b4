using Google.Rpc;
using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using Interop.Hub.WritePath;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Microsoft.Extensions.DependencyInjection;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// STANDARD.md ERR-6: beyond the writes it admits in flight, the hub refuses a write at once with
/// RESOURCE_EXHAUSTED HUB_OVERLOADED and a RetryInfo, instead of queueing it; the admitted ones commit,
/// and the refused one succeeds when retried with the same request id.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class WriteAdmissionTests : IAsyncLifetime
{
    private readonly DiskSyncGate gate = new();
    private TestHub hub = null!;

    public async Task InitializeAsync()
        => hub = await TestHub.StartAsync(new() { BeforeCommit = gate.BeforeCommitAsync, Settings = ["--Hub:MaxWritesInFlight=4"] });

    public async Task DisposeAsync()
    {
        gate.Open();
        await hub.DisposeAsync();
    }

    [Fact]
    public async Task Writes_beyond_those_in_flight_are_refused_while_the_admitted_wait_for_their_sync_and_succeed_when_retried()
    {
        var igate = Members.IgateOn(hub.Channel);
        var admission = hub.Services.GetRequiredService<WriteAdmission>();
        gate.Close();
        var admitted = Enumerable.Range(0, 4)
            .Select(i => igate.Dossiers.ReceiveDossierAsync(Receive($"admitted-{i}", $"H21.129-251103-81{i:00}", Local(11, 3, 8))).ResponseAsync)
            .ToList();
        await gate.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await Wait.UntilAsync(() => admission.InFlight == 4, "the four writes to be in flight");

        // Answered while every admitted write still waits for its disk sync: the refusal queued behind nothing.
        var refusedRequest = Receive("refused", "H21.129-251103-8199", Local(11, 3, 8));
        var refused = await Assert.ThrowsAsync<RpcException>(() => igate.Dossiers.ReceiveDossierAsync(refusedRequest).ResponseAsync);
        var error = WireError.Of(refused);
        var retry = refused.GetRpcStatus()!.Details.Single(d => d.Is(RetryInfo.Descriptor)).Unpack<RetryInfo>().RetryDelay.ToTimeSpan();
        Assert.Equal("ResourceExhausted HUB_OVERLOADED", error.Summary);
        Assert.InRange(retry, TimeSpan.FromMilliseconds(100), TimeSpan.FromMilliseconds(400));
        Assert.DoesNotContain(admitted, call => call.IsCompleted);

        // Reads are never shed: only the mutations (the methods that answer a MutationOutcome).
        var listed = await igate.Dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = Members.Desk });
        Assert.Empty(listed.Dossiers);

        gate.Open();
        Assert.Equal(4, (await Task.WhenAll(admitted)).Select(a => a.Outcome.Dossier.Id).Distinct().Count());
        var retried = await igate.Dossiers.ReceiveDossierAsync(refusedRequest);
        Assert.Equal(1, retried.Outcome.Dossier.Version);
        var refusals = await hub.Members.Auditor.Audit.ListRefusalsAsync(new ListRefusalsRequest());
        Assert.DoesNotContain(refusals.Refusals, r => r.Reason == "HUB_OVERLOADED");
    }
}
