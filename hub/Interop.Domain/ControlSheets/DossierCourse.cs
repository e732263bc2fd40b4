using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Time;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.ControlSheets;

/// <summary>What the sheet's header needs from a dossier's events: reception, appointment and judgement.</summary>
internal sealed class DossierCourse
{
    private EventBody? resolution;
    private bool refusedOrWithdrawn;
    private DateTimeOffset? closedAt;
    private DateTimeOffset? pausedSince;

    public EventBody? Reception { get; private set; }

    /// <summary>The appointment as moved by pauses; apology slips never move it.</summary>
    public Timestamp? Appointment { get; private set; }

    /// <summary>Null while not judged: open and not late, refused, withdrawn, or never received.</summary>
    public Judgement? Judgement { get; private set; }

    /// <summary>
    /// The instant open steps are judged at: now, or the end of the dossier's course (refused, withdrawn, result
    /// returned) if earlier, so that a step left open in a closed dossier does not turn late as years pass.
    /// </summary>
    public DateTimeOffset OpenStepsJudgedAt { get; private set; }

    public static DossierCourse Of(EventLog log, DateTimeOffset now)
    {
        var course = new DossierCourse();
        foreach (var e in log.Events)
        {
            course.Apply(e);
        }
        course.OpenStepsJudgedAt = course.closedAt is { } closed && closed < now ? closed : now;
        course.Judgement = course.JudgeAt(now);
        return course;
    }

    private void Apply(EventBody e)
    {
        var at = e.ClaimedTime.ToDateTimeOffset();
        switch (e.PayloadCase)
        {
            case EventBody.PayloadOneofCase.Received:
                Reception = e;
                Appointment = e.Received.Appointment;
                break;
            // A supplement asked before reception pauses nothing: the clock has not started.
            case EventBody.PayloadOneofCase.SupplementRequested when Reception is not null:
            case EventBody.PayloadOneofCase.FeeRequested:
            case EventBody.PayloadOneofCase.Suspended:
                pausedSince ??= at;
                break;
            case EventBody.PayloadOneofCase.Supplemented:
                Resume(e.Supplemented.Resumption);
                break;
            case EventBody.PayloadOneofCase.FeePaid:
                Resume(e.FeePaid.Resumption);
                break;
            case EventBody.PayloadOneofCase.Resumed:
                Resume(e.Resumed.Resumption);
                break;
            case EventBody.PayloadOneofCase.Resolved:
                resolution = e;
                break;
            case EventBody.PayloadOneofCase.ResultRecalled:
                resolution = null;
                break;
            case EventBody.PayloadOneofCase.Refused:
            case EventBody.PayloadOneofCase.Withdrawn:
                refusedOrWithdrawn = true;
                closedAt = at;
                break;
            case EventBody.PayloadOneofCase.ResultReturned:
                closedAt = at;
                break;
        }
    }

    private void Resume(ClockResumption? resumption)
    {
        pausedSince = null;
        if (resumption?.Appointment is { } moved)
        {
            Appointment = moved;
        }
    }

    // A paused dossier is judged at the start of its pause: the citizen's time does not count against the
    // agency, and the appointment moves by the pause once it ends.
    private Judgement? JudgeAt(DateTimeOffset now)
    {
        if (refusedOrWithdrawn || Reception is null || Appointment is null)
        {
            return null;
        }
        var appointment = Appointment.ToDateTimeOffset();
        if (resolution is not null)
        {
            return Judging.Dossier(appointment, resolution.ClaimedTime.ToDateTimeOffset());
        }
        return Judging.OpenDossier(appointment, pausedSince is { } paused && paused < now ? paused : now);
    }
}
