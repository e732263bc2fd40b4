using System.Diagnostics.Metrics;
using Grpc.Core;
using Interop.Hub.Tests.Durability;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Inbox;

/// <summary>
/// The operator alert (INBOX-7): the sample registry has no member serving the provincial People's
/// Committee (000.00.00.H21), so a hand-over offered to it is routed where nobody reads.
/// </summary>
public sealed class InboxUnservedRouteTests
{
    private const string Unserved = "000.00.00.H21";

    private static OfferHandoverRequest Offer(string requestId, string dossierId)
        => new() { Context = Context(requestId, Members.Desk, Local(11, 3, 9)), DossierId = dossierId, ToAgencyId = Unserved, Note = "Chuyển hồ sơ", StepLimit = new ProcessingLimit { Amount = 2, Unit = LimitUnit.WorkingDays } };

    [Fact]
    public async Task Routing_to_an_agency_no_member_serves_logs_one_warning_per_event_even_when_the_request_is_retried()
    {
        await using var hub = await HubProcess.StartAsync();
        var igate = new Members(hub).Igate;
        var first = (await igate.Dossiers.ReceiveDossierAsync(Receive("alert-1", "H21.ALERT-1", Local(11, 3, 8)), igate.Options)).Outcome.Dossier.Id;
        var second = (await igate.Dossiers.ReceiveDossierAsync(Receive("alert-2", "H21.ALERT-2", Local(11, 3, 8)), igate.Options)).Outcome.Dossier.Id;

        await igate.Dossiers.OfferHandoverAsync(Offer("alert-offer-1", first), igate.Options);
        await igate.Dossiers.OfferHandoverAsync(Offer("alert-offer-1", first), igate.Options);
        await igate.Dossiers.OfferHandoverAsync(Offer("alert-offer-2", second), igate.Options);

        // The log is written in order: once the second dossier's alert is there, a repeat of the first would be too.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!hub.Output.Any(line => line.Contains(second, StringComparison.Ordinal) && line.Contains("OPERATOR ALERT", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, "no operator alert for the second dossier");
            await Task.Delay(50);
        }

        var alerts = hub.Output.Where(line => line.Contains("OPERATOR ALERT", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Contains($"event 2 of dossier {first} was routed to agency {Unserved}", alerts[0], StringComparison.Ordinal);
        Assert.DoesNotContain(alerts, line => line.Contains("Nguyễn", StringComparison.Ordinal) || line.Contains("064187000123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Routing_to_an_agency_no_member_serves_counts_once_per_event_in_the_metric()
    {
        var counted = 0L;
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Interop.Hub" && instrument.Name == "interop.hub.inbox.unserved_routes")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "agency" && Unserved.Equals(tag.Value))
                {
                    Interlocked.Add(ref counted, value);
                    seen.TrySetResult();
                }
            }
        });
        listener.Start();
        await using var hub = await InProcessHub.StartAsync();
        var dossiers = new DossierService.DossierServiceClient(hub.Channel);
        var igate = new CallOptions(headers: new Metadata { { "authorization", "Bearer dev-igate-gialai" } });
        var id = (await dossiers.ReceiveDossierAsync(Receive("metric-1", "H21.METRIC-1", Local(11, 3, 8)), igate)).Outcome.Dossier.Id;

        await dossiers.OfferHandoverAsync(Offer("metric-offer", id), igate);
        await dossiers.OfferHandoverAsync(Offer("metric-offer", id), igate);
        await seen.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await dossiers.ReceiveDossierAsync(Receive("metric-2", "H21.METRIC-2", Local(11, 3, 8)), igate);

        Assert.Equal(1, Interlocked.Read(ref counted));
    }
}
