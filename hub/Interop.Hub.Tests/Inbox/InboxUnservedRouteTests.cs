using System.Diagnostics.Metrics;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using Microsoft.Extensions.DependencyInjection;
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
        await using var hub = await TestHub.StartAsync();
        var igate = hub.Members.Igate;
        var first = (await igate.Dossiers.ReceiveDossierAsync(Receive("alert-1", "H21.ALERT-1", Local(11, 3, 8)))).Outcome.Dossier.Id;
        var second = (await igate.Dossiers.ReceiveDossierAsync(Receive("alert-2", "H21.ALERT-2", Local(11, 3, 8)))).Outcome.Dossier.Id;

        await igate.Dossiers.OfferHandoverAsync(Offer("alert-offer-1", first));
        await igate.Dossiers.OfferHandoverAsync(Offer("alert-offer-1", first));
        await igate.Dossiers.OfferHandoverAsync(Offer("alert-offer-2", second));

        // The log is written in order: once the second dossier's alert is there, a repeat of the first would be too.
        await Wait.UntilAsync(
            () => hub.Output.Any(line => line.Contains(second, StringComparison.Ordinal) && line.Contains("OPERATOR ALERT", StringComparison.Ordinal)),
            "an operator alert for the second dossier",
            TimeSpan.FromSeconds(20));

        var alerts = hub.Output.Where(line => line.Contains("OPERATOR ALERT", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, alerts.Count);
        Assert.Contains($"event 2 of dossier {first} was routed to agency {Unserved}", alerts[0], StringComparison.Ordinal);
        Assert.DoesNotContain(alerts, line => line.Contains("Nguyễn", StringComparison.Ordinal) || line.Contains("064187000123", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Routing_to_an_agency_no_member_serves_counts_once_per_event_in_the_metric()
    {
        // The meter of this hub only (its own IMeterFactory): other hubs run in this process too.
        await using var hub = await TestHub.StartAsync();
        var meters = hub.Services.GetRequiredService<IMeterFactory>();
        var counted = 0L;
        var seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "Interop.Hub" && instrument.Name == "interop.hub.inbox.unserved_routes" && ReferenceEquals(instrument.Meter.Scope, meters))
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
        var dossiers = hub.Members.Igate.Dossiers;
        var id = (await dossiers.ReceiveDossierAsync(Receive("metric-1", "H21.METRIC-1", Local(11, 3, 8)))).Outcome.Dossier.Id;

        await dossiers.OfferHandoverAsync(Offer("metric-offer", id));
        await dossiers.OfferHandoverAsync(Offer("metric-offer", id));
        await seen.Task.WaitAsync(TimeSpan.FromSeconds(20));
        await dossiers.ReceiveDossierAsync(Receive("metric-2", "H21.METRIC-2", Local(11, 3, 8)));

        Assert.Equal(1, Interlocked.Read(ref counted));
    }
}
