using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Tests.Lifecycle;

/// <summary>Builds the events of one dossier in sequence, each with a minimal valid payload.</summary>
internal sealed class Events
{
    private readonly List<(EventBody Body, PersonalData? Personal)> recorded = [];
    private DateTimeOffset clock = new(2025, 11, 3, 8, 0, 0, TimeSpan.FromHours(7));

    public IReadOnlyList<(EventBody Body, PersonalData? Personal)> All => recorded;

    public Dossier? State { get; private set; }

    public static Timestamp At(int month, int day, int hour, int minute = 0)
        => Timestamp.FromDateTimeOffset(new DateTimeOffset(2025, month, day, hour, minute, 0, TimeSpan.FromHours(7)));

    public Dossier Add(string actingAgency, EventBody body, PersonalData? personal = null, Timestamp? claimed = null)
    {
        clock = clock.AddMinutes(30);
        var sequence = recorded.Count + 1;
        body.Id = $"d-1/{sequence}";
        body.DossierId = "d-1";
        body.Sequence = sequence;
        body.Type = EventTypes.Of(body.PayloadCase);
        body.Actor = new Actor { MemberId = "m-" + actingAgency, Agency = Dossiers.Agency(actingAgency), Officer = new Officer { Id = "o-" + actingAgency } };
        body.ClaimedTime = claimed ?? Timestamp.FromDateTimeOffset(clock);
        body.RecordedTime = body.ClaimedTime;
        State = DossierFold.Apply(State, body, personal);
        recorded.Add((body, personal));
        return State;
    }

    /// <summary>A minimal payload of each type, for random walks.</summary>
    public static EventBody Minimal(EventType type, Dossier? state) => type switch
    {
        EventType.Filed => new EventBody { Filed = new Filed { ReceivingAgency = Dossiers.Agency(Dossiers.Desk) } },
        EventType.Received => Received(Dossiers.Desk, Dossiers.Land, At(11, 10, 8)),
        EventType.Refused => new EventBody { Refused = new Refused { Reason = "không hợp lệ" } },
        EventType.SupplementRequested => new EventBody
        {
            SupplementRequested = new SupplementRequested
            {
                SupplementId = "s-" + (state?.Version + 1),
                Phase = state?.Status == DossierStatus.Submitted ? SupplementPhase.Reception : SupplementPhase.Processing,
            },
        },
        EventType.Supplemented => new EventBody { Supplemented = new Supplemented { Resumption = ResumptionIfRunningAgain(state) } },
        EventType.SupplementExpired => new EventBody { SupplementExpired = new SupplementExpired() },
        EventType.FeeRequested => new EventBody { FeeRequested = new FeeRequested() },
        EventType.FeePaid => new EventBody { FeePaid = new FeePaid { Resumption = ResumptionIfRunningAgain(state) } },
        EventType.HandoverOffered => new EventBody { HandoverOffered = new HandoverOffered { HandoverId = "h-" + (state?.Version + 1), ToAgency = Dossiers.Agency(Dossiers.Tax), Deadline = At(11, 20, 8) } },
        EventType.HandoverAccepted => new EventBody { HandoverAccepted = new HandoverAccepted() },
        EventType.HandoverReturned => new EventBody { HandoverReturned = new HandoverReturned { Reason = "sai thủ tục" } },
        EventType.HandoverRecalled => new EventBody { HandoverRecalled = new HandoverRecalled { Reason = "nhầm" } },
        EventType.ConsultationRequested => new EventBody { ConsultationRequested = new ConsultationRequested { ConsultationId = "c-" + (state?.Version + 1), ConsultedAgency = Dossiers.Agency(Dossiers.Tax) } },
        EventType.ConsultationAnswered => new EventBody { ConsultationAnswered = new ConsultationAnswered { ConsultationId = state!.Custody.Consultations.Last(c => c.Status == ConsultationStatus.Requested).Id } },
        EventType.Suspended => new EventBody { Suspended = new Suspended { Reason = "tranh chấp" } },
        EventType.Resumed => new EventBody { Resumed = new Resumed { Resumption = ResumptionIfRunningAgain(state) } },
        EventType.Withdrawn => new EventBody { Withdrawn = new Withdrawn { Reason = "rút" } },
        EventType.Resolved => new EventBody { Resolved = new Resolved { Outcome = Outcome.Granted } },
        EventType.ResultRecalled => new EventBody { ResultRecalled = new ResultRecalled { Reason = "sai" } },
        EventType.ResultReturned => new EventBody { ResultReturned = new ResultReturned { Method = DeliveryMethod.AtDesk } },
        EventType.AppointmentRescheduled => new EventBody { AppointmentRescheduled = new AppointmentRescheduled { NewAppointment = At(11, 28, 8) } },
        EventType.Amended => new EventBody { Amended = new Amended { UpdateMask = FieldMask.FromString("details.summary"), Details = new DossierDetails { Summary = "sửa" } } },
        _ => new EventBody { Note = new Note { Text = "ghi chú" } },
    };

    public static EventBody Received(string desk, string competent, Timestamp appointment) => new()
    {
        Received = new Received
        {
            NationalCode = desk + "-251103-0001",
            ReceivingAgency = Dossiers.Agency(desk),
            CompetentAgency = Dossiers.Agency(competent),
            ReturnAgency = Dossiers.Agency(desk),
            Limit = new ProcessingLimit { Amount = 5, Unit = LimitUnit.WorkingDays },
            CountingStartTime = At(11, 3, 8),
            Appointment = appointment,
            CalendarVersion = "vn-civil-service:2025:test",
        },
    };

    /// <summary>A resumption only when the pause ends into a running status (2 or 4), as the hub records it.</summary>
    private static ClockResumption? ResumptionIfRunningAgain(Dossier? state)
    {
        var resumeTo = state is { ResumeStatuses.Count: > 0 } ? state.ResumeStatuses[^1] : DossierStatus.Unspecified;
        return resumeTo is DossierStatus.Received or DossierStatus.Processing
            ? new ClockResumption { PausedWorkingMinutes = 60, Appointment = At(11, 12, 8), CalendarVersion = "vn-civil-service:2025:test" }
            : null;
    }
}
