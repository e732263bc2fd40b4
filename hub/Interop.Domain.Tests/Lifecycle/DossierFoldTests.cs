using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using static Interop.Domain.Tests.Lifecycle.Dossiers;
using static Interop.Domain.Tests.Lifecycle.Events;

namespace Interop.Domain.Tests.Lifecycle;

public sealed class DossierFoldTests
{
    [Fact]
    public void Land_dossier_folds_to_its_returned_state_with_steps_and_judgement()
    {
        var events = new Events();
        events.Add(Desk, Received(Desk, Land, At(11, 10, 8)), claimed: At(11, 3, 8));
        events.Add(Desk, new EventBody { SupplementRequested = new SupplementRequested { SupplementId = "s-2", Phase = SupplementPhase.Processing } }, claimed: At(11, 4, 10));
        events.Add(Desk, new EventBody { Supplemented = new Supplemented { SupplementId = "s-2", Resumption = new ClockResumption { PausedWorkingMinutes = 960, Appointment = At(11, 12, 8), CalendarVersion = "v" } } }, claimed: At(11, 6, 10));
        events.Add(Desk, new EventBody { HandoverOffered = new HandoverOffered { HandoverId = "h-4", ToAgency = Agency(Land), Deadline = At(11, 11, 10) } }, claimed: At(11, 6, 11));
        events.Add(Land, new EventBody { HandoverAccepted = new HandoverAccepted { HandoverId = "h-4" } }, claimed: At(11, 6, 14));
        events.Add(Land, new EventBody { Resolved = new Resolved { Outcome = Outcome.Granted } }, claimed: At(11, 12, 14));
        events.Add(Land, new EventBody { HandoverOffered = new HandoverOffered { HandoverId = "h-7", ToAgency = Agency(Desk), Deadline = At(11, 13, 8), IsHandBack = true } }, claimed: At(11, 12, 15));
        events.Add(Desk, new EventBody { HandoverAccepted = new HandoverAccepted { HandoverId = "h-7" } }, claimed: At(11, 12, 16));
        var state = events.Add(Desk, new EventBody { ResultReturned = new ResultReturned { Method = DeliveryMethod.AtDesk } }, claimed: At(11, 13, 9));

        Assert.Equal(DossierStatus.Returned, state.Status);
        Assert.Equal(9, state.Version);
        Assert.Equal(Desk, state.Custody.HolderAgency.AgencyId);
        Assert.Equal(new[] { Desk, Land }, state.Custody.PastHolders.Select(a => a.AgencyId));
        Assert.Equal(At(11, 10, 8), state.Clock.OriginalAppointment);
        Assert.Equal(At(11, 12, 8), state.Clock.Appointment);
        Assert.Equal(960, state.Clock.PausedWorkingMinutes);
        Assert.Equal(Timeliness.OnTime, state.Clock.Timeliness);
        Assert.Equal(At(11, 12, 15), state.Custody.Handovers[0].CompletedTime);
        Assert.Equal(At(11, 13, 9), state.Custody.Handovers[1].CompletedTime);
        Assert.Equal(SupplementStatus.Supplied, state.Supplements.Single().Status);
        Assert.Equal(At(11, 12, 8), state.Supplements.Single().AppointmentAfter);
        Assert.Equal(DeliveryStatus.HandedToRecipient, state.Delivery.Status);
        Assert.Empty(state.ResumeStatuses);
    }

    [Fact]
    public void Fold_from_scratch_equals_the_incremental_state_and_leaves_its_input_unchanged()
    {
        var events = new Events();
        events.Add(Desk, Received(Desk, Land, At(11, 10, 8)));
        var before = events.State!.Clone();
        events.Add(Desk, new EventBody { Suspended = new Suspended { Reason = "tranh chấp" } });

        Assert.Equal(events.State, DossierFold.Fold(events.All));
        Assert.Equal(before, DossierFold.Fold(events.All.Take(1)));
    }

    [Fact]
    public void Supplement_before_reception_returns_to_submitted_without_starting_the_clock()
    {
        var events = new Events();
        events.Add(Desk, Minimal(EventType.Filed, null));
        events.Add(Desk, new EventBody { SupplementRequested = new SupplementRequested { SupplementId = "s", Phase = SupplementPhase.Reception } });
        var state = events.Add(Desk, new EventBody { Supplemented = new Supplemented { SupplementId = "s" } });

        Assert.Equal(DossierStatus.Submitted, state.Status);
        Assert.Equal(ClockState.NotStarted, state.Clock.State);
    }

    [Fact]
    public void Supplement_expired_before_reception_refuses_and_after_reception_suspends_until_resumed()
    {
        var reception = new Events();
        reception.Add(Desk, Minimal(EventType.Filed, null));
        reception.Add(Desk, new EventBody { SupplementRequested = new SupplementRequested { SupplementId = "s", Phase = SupplementPhase.Reception } });
        Assert.Equal(DossierStatus.Refused, reception.Add(Desk, new EventBody { SupplementExpired = new SupplementExpired() }).Status);

        var processing = new Events();
        processing.Add(Desk, Received(Desk, Land, At(11, 10, 8)));
        processing.Add(Desk, new EventBody { SupplementRequested = new SupplementRequested { SupplementId = "s", Phase = SupplementPhase.Processing } });
        var expired = processing.Add(Desk, new EventBody { SupplementExpired = new SupplementExpired() });
        Assert.Equal(DossierStatus.Suspended, expired.Status);
        Assert.Equal(ClockState.Paused, expired.Clock.State);

        var resumed = processing.Add(Desk, Minimal(EventType.Resumed, expired));
        Assert.Equal(DossierStatus.Received, resumed.Status);
        Assert.Equal(ClockState.Running, resumed.Clock.State);
    }

    [Fact]
    public void Suspension_during_a_supplement_pause_returns_to_the_supplement_then_to_processing()
    {
        var events = new Events();
        events.Add(Desk, Received(Desk, Land, At(11, 10, 8)));
        events.Add(Desk, Minimal(EventType.HandoverOffered, events.State));
        events.Add(Tax, Minimal(EventType.HandoverAccepted, events.State));
        events.Add(Tax, Minimal(EventType.SupplementRequested, events.State));
        events.Add(Tax, Minimal(EventType.Suspended, events.State));
        Assert.Equal(new[] { DossierStatus.Processing, DossierStatus.AwaitingSupplement }, events.State!.ResumeStatuses);

        Assert.Equal(DossierStatus.AwaitingSupplement, events.Add(Tax, Minimal(EventType.Resumed, events.State)).Status);
        Assert.Equal(ClockState.Paused, events.State!.Clock.State);
        Assert.Equal(DossierStatus.Processing, events.Add(Desk, Minimal(EventType.Supplemented, events.State)).Status);
        Assert.Equal(ClockState.Running, events.State!.Clock.State);
    }

    [Fact]
    public void Amendment_replaces_exactly_the_masked_fields()
    {
        var events = new Events();
        var received = Received(Desk, Land, At(11, 10, 8));
        received.Received.Details = new DossierDetails { Summary = "cũ", Note = "giữ nguyên", Documents = { new DocumentRef { Id = "a" }, new DocumentRef { Id = "b" } } };
        events.Add(Desk, received, new PersonalData { Owner = new Party { Name = "Nguyễn Văn A" }, Submitter = new Submitter { Party = new Party { Name = "Trần B" } } });

        var amended = new EventBody
        {
            Amended = new Amended
            {
                Details = new DossierDetails { Summary = "mới", Note = "bỏ qua", Documents = { new DocumentRef { Id = "c" } } },
                UpdateMask = Google.Protobuf.WellKnownTypes.FieldMask.FromString("details.summary,details.documents,personal_data.owner"),
            },
        };
        var state = events.Add(Desk, amended, new PersonalData { Owner = new Party { Name = "Nguyễn Văn Á" } });

        Assert.Equal("mới", state.Details.Summary);
        Assert.Equal("giữ nguyên", state.Details.Note);
        Assert.Equal(new[] { "c" }, state.Details.Documents.Select(d => d.Id));
        Assert.Equal("Nguyễn Văn Á", state.PersonalData.Owner.Name);
        Assert.Equal("Trần B", state.PersonalData.Submitter.Party.Name);
    }

    [Fact]
    public void Recalled_result_reopens_processing_against_the_same_appointment()
    {
        var events = new Events();
        events.Add(Desk, Received(Desk, Desk, At(11, 10, 8)));
        events.Add(Desk, Minimal(EventType.HandoverOffered, events.State));
        events.Add(Tax, Minimal(EventType.HandoverAccepted, events.State));
        events.Add(Tax, Minimal(EventType.Resolved, events.State), claimed: At(11, 11, 9));
        Assert.Equal(Timeliness.Late, events.State!.Clock.Timeliness);

        var recalled = events.Add(Tax, Minimal(EventType.ResultRecalled, events.State));

        Assert.Equal(DossierStatus.Processing, recalled.Status);
        Assert.Equal(1, recalled.Result.RecallCount);
        Assert.Equal(Timeliness.Unspecified, recalled.Clock.Timeliness);
        Assert.Equal(At(11, 10, 8), recalled.Clock.Appointment);
    }

    [Fact]
    public void Apology_records_a_new_appointment_without_moving_the_judged_one()
    {
        var events = new Events();
        events.Add(Desk, Received(Desk, Desk, At(11, 10, 8)));
        var state = events.Add(Desk, new EventBody { AppointmentRescheduled = new AppointmentRescheduled { NewAppointment = At(11, 14, 8), Reason = "chờ đo đạc" } });

        Assert.Equal(At(11, 10, 8), state.Clock.Appointment);
        Assert.Equal(At(11, 14, 8), state.Clock.RescheduledAppointment);
        Assert.Equal(At(11, 10, 8), state.Clock.Reschedules.Single().PreviousAppointment);
    }

    [Fact]
    public void Event_with_a_digest_but_no_personal_part_marks_the_personal_data_erased()
    {
        var body = Received(Desk, Land, At(11, 10, 8));
        body.PersonalDataDigest = Google.Protobuf.ByteString.CopyFrom(new byte[32]);

        var state = new Events().Add(Desk, body);

        Assert.True(state.PersonalDataErased);
        Assert.Null(state.PersonalData);
    }

    [Fact]
    public void Event_out_of_sequence_is_refused_as_a_corrupt_log()
    {
        var events = new Events();
        events.Add(Desk, Received(Desk, Land, At(11, 10, 8)));
        var (body, _) = events.All[0];

        Assert.Throws<InvalidOperationException>(() => DossierFold.Apply(events.State, body, null));
    }
}
