using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Store.Tests;

/// <summary>The stored state is what the stored events add up to, and the stored bytes still hash to the chain.</summary>
public abstract partial class DossierStoreContract<TStore>
{
    private const string Desk = "000.00.31.H56";
    private const string Land = "000.31.02.H56";

    private static Timestamp At(int day, int hour) => Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, 11, day, hour, 0, 0, TimeSpan.FromHours(7)));

    [Fact]
    public async Task Stored_state_equals_the_fold_of_stored_events_after_reopening()
    {
        var store = await OpenAsync();
        var dossier = new DomainDossier("d-land");
        var received = new EventBody
        {
            Received = new Received
            {
                NationalCode = Desk + "-251103-0001",
                ReceivingAgency = DomainDossier.Agency(Desk),
                CompetentAgency = DomainDossier.Agency(Land),
                ReturnAgency = DomainDossier.Agency(Desk),
                Limit = new ProcessingLimit { Amount = 5, Unit = LimitUnit.WorkingDays },
                CountingStartTime = At(3, 8),
                Appointment = At(10, 8),
                CalendarVersion = "vn-civil-service:2025:test",
            },
        };
        var steps = new[]
        {
            dossier.Next((Desk, received)),
            dossier.Next(
                (Desk, new EventBody { HandoverOffered = new HandoverOffered { HandoverId = "h-2", ToAgency = DomainDossier.Agency(Land), Deadline = At(7, 8) } }),
                (Land, new EventBody { HandoverAccepted = new HandoverAccepted { HandoverId = "h-2" } })),
            dossier.Next((Land, new EventBody { Resolved = new Resolved { Outcome = Outcome.Granted } })),
            dossier.Next(
                (Land, new EventBody { HandoverOffered = new HandoverOffered { HandoverId = "h-5", ToAgency = DomainDossier.Agency(Desk), Deadline = At(11, 8), IsHandBack = true } }),
                (Desk, new EventBody { HandoverAccepted = new HandoverAccepted { HandoverId = "h-5" } }),
                (Desk, new EventBody { ResultReturned = new ResultReturned { Method = DeliveryMethod.AtDesk } })),
        };
        foreach (var step in steps)
        {
            Assert.Equal(AppendOutcome.Committed, (await store.AppendAsync(step, Ct)).Outcome);
        }

        var reopened = await ReopenAsync(store);
        var stored = await reopened.ReadDossierAsync("d-land", Ct);
        var events = await reopened.ReadEventsAsync("d-land", 0, 100, Ct);

        var folded = DossierFold.Fold(events.Select(e => (EventBody.Parser.ParseFrom(e.Body), (PersonalData?)null)));
        Assert.Equal(folded, Dossier.Parser.ParseFrom(stored!.State));
        Assert.Equal(DossierStatus.Returned, folded.Status);
        Assert.Equal(7, stored.Version);
        var previous = new byte[32];
        foreach (var e in events)
        {
            Assert.Equal(DomainDossier.Hash(previous, e.Body), e.Hash);
            previous = e.Hash;
        }

        Assert.Equal(previous, stored.HeadHash);
    }
}
