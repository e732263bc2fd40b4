using Google.Protobuf.WellKnownTypes;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Tests.ControlSheets;

/// <summary>Writes a dossier's events by hand, numbering them in order.</summary>
internal sealed class DossierEvents(string dossierId)
{
    private readonly List<EventBody> events = [];

    public IReadOnlyList<EventBody> Events => events;

    public DossierEvents Received(DateTimeOffset at, string nationalCode, DateTimeOffset appointment, params AgencyRef[] route)
    {
        var received = new Received
        {
            NationalCode = nationalCode,
            ReceivingAgency = Cast.Desk.Clone(),
            CompetentAgency = Cast.LandOffice.Clone(),
            ReturnAgency = Cast.Desk.Clone(),
            Appointment = Ts(appointment),
        };
        received.Route.AddRange(route.Select((agency, i) => new RouteStep { Index = i + 1, Agency = agency.Clone() }));
        return Add(at, Cast.AtDesk, e => e.Received = received);
    }

    public DossierEvents SupplementRequested(DateTimeOffset at, Actor by) =>
        Add(at, by, e => e.SupplementRequested = new SupplementRequested
        {
            SupplementId = "s1",
            Phase = SupplementPhase.Processing,
            Reason = "Thiếu bản sao sổ đỏ",
        });

    public DossierEvents Supplemented(DateTimeOffset at, DateTimeOffset movedAppointment, long pausedMinutes) =>
        Add(at, Cast.AtDesk, e => e.Supplemented = new Supplemented
        {
            SupplementId = "s1",
            Resumption = new ClockResumption { PausedWorkingMinutes = pausedMinutes, Appointment = Ts(movedAppointment) },
        });

    public DossierEvents Offered(DateTimeOffset at, Actor by, string id, AgencyRef to, DateTimeOffset deadline, string note) =>
        Add(at, by, e => e.HandoverOffered = new HandoverOffered
        {
            HandoverId = id,
            ToAgency = to.Clone(),
            Deadline = Ts(deadline),
            Note = note,
            IsHandBack = to.AgencyId == Cast.Desk.AgencyId,
        });

    public DossierEvents Accepted(DateTimeOffset at, Actor by, string id) =>
        Add(at, by, e => e.HandoverAccepted = new HandoverAccepted { HandoverId = id });

    public DossierEvents Returned(DateTimeOffset at, Actor by, string id, string reason) =>
        Add(at, by, e => e.HandoverReturned = new HandoverReturned { HandoverId = id, Reason = reason });

    public DossierEvents Recalled(DateTimeOffset at, Actor by, string id, string reason) =>
        Add(at, by, e => e.HandoverRecalled = new HandoverRecalled { HandoverId = id, Reason = reason });

    public DossierEvents Consulted(DateTimeOffset at, Actor by, string id, AgencyRef consulted, DateTimeOffset deadline, string question) =>
        Add(at, by, e => e.ConsultationRequested = new ConsultationRequested
        {
            ConsultationId = id,
            ConsultedAgency = consulted.Clone(),
            Deadline = Ts(deadline),
            Question = question,
        });

    public DossierEvents Answered(DateTimeOffset at, Actor by, string id, string answer) =>
        Add(at, by, e => e.ConsultationAnswered = new ConsultationAnswered { ConsultationId = id, Answer = answer });

    public DossierEvents Resolved(DateTimeOffset at, Actor by) =>
        Add(at, by, e => e.Resolved = new Resolved { Outcome = Outcome.Granted });

    public DossierEvents ResultRecalled(DateTimeOffset at, Actor by, string reason) =>
        Add(at, by, e => e.ResultRecalled = new ResultRecalled { Reason = reason });

    public DossierEvents ResultReturned(DateTimeOffset at) =>
        Add(at, Cast.AtDesk, e => e.ResultReturned = new ResultReturned { Method = DeliveryMethod.AtDesk });

    public DossierEvents Rescheduled(DateTimeOffset at, Actor by, DateTimeOffset newAppointment) =>
        Add(at, by, e => e.AppointmentRescheduled = new AppointmentRescheduled
        {
            CausingAgency = by.Agency.Clone(),
            Reason = "Chờ kết quả đo đạc",
            NewAppointment = Ts(newAppointment),
        });

    public DossierEvents Withdrawn(DateTimeOffset at) =>
        Add(at, Cast.AtDesk, e => e.Withdrawn = new Withdrawn { Reason = "Công dân rút hồ sơ" });

    public static Timestamp Ts(DateTimeOffset at) => Timestamp.FromDateTimeOffset(at);

    // The event type follows the payload, as the hub writes it.
    private DossierEvents Add(DateTimeOffset at, Actor by, Action<EventBody> setPayload)
    {
        var sequence = events.Count + 1;
        var e = new EventBody
        {
            Id = $"{dossierId}/{sequence}",
            DossierId = dossierId,
            Sequence = sequence,
            Actor = by.Clone(),
            ClaimedTime = Ts(at),
            RecordedTime = Ts(at.AddSeconds(2)),
        };
        setPayload(e);
        e.Type = System.Enum.Parse<EventType>(e.PayloadCase.ToString());
        events.Add(e);
        return this;
    }
}
