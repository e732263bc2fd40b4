using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

/// <summary>
/// Folds a dossier's events into its state. Deterministic and free of reference data: every
/// derived value (appointment, deadlines, paused minutes) is read from the events that recorded it.
/// </summary>
public static partial class DossierFold
{
    /// <summary>Folds events in sequence order, each with its personal-data part (null when it has none or it was erased).</summary>
    public static Dossier Fold(IEnumerable<(EventBody Body, PersonalData? Personal)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        Dossier? state = null;
        foreach (var (body, personal) in events)
        {
            state = Apply(state, body, personal);
        }

        return state ?? throw new ArgumentException("a dossier has at least one event", nameof(events));
    }

    /// <summary>Applies one event to a state (null before the first event) and returns the new state; the input is not changed.</summary>
    /// <exception cref="InvalidOperationException">The event does not follow from the state: the log is corrupt.</exception>
    public static Dossier Apply(Dossier? state, EventBody body, PersonalData? personal)
    {
        ArgumentNullException.ThrowIfNull(body);
        var expected = (state?.Version ?? 0) + 1;
        if (body.Sequence != expected || (state is not null && state.Id != body.DossierId))
        {
            throw new InvalidOperationException($"event {body.Id} does not follow version {state?.Version ?? 0} of dossier {state?.Id}");
        }

        var type = EventTypes.Of(body.PayloadCase);
        var row = TransitionTable.For(state?.Status ?? DossierStatus.Unspecified, type).FirstOrDefault()
            ?? throw new InvalidOperationException($"event {body.Id}: {type} cannot follow status {state?.Status}");

        var next = state?.Clone() ?? NewDossier(body);
        var target = Lifecycle.TargetOf(row, state);
        next.Version = body.Sequence;
        next.Times.UpdatedTime = body.RecordedTime;
        next.Times.LastEventTime = body.ClaimedTime;
        if (body.PersonalDataDigest.Length > 0 && personal is null)
        {
            next.PersonalDataErased = true;
        }

        ApplyPayload(next, body, personal);
        SetStatus(next, row, target);
        return next;
    }

    private static Dossier NewDossier(EventBody body) => new()
    {
        Id = body.DossierId,
        Custody = new Custody(),
        Clock = new Clock { State = ClockState.NotStarted },
        Fees = new FeeAccount(),
        Times = new Times { CreatedTime = body.RecordedTime },
        Details = new DossierDetails(),
    };

    private static void SetStatus(Dossier next, Transition row, DossierStatus target)
    {
        var from = next.Status;
        switch (row.Clock)
        {
            case ClockEffect.Pauses:
            case ClockEffect.NotStarted when row.Event == EventType.SupplementRequested:
                next.ResumeStatuses.Add(from);
                break;
            case ClockEffect.Resumes:
                next.ResumeStatuses.RemoveAt(next.ResumeStatuses.Count - 1);
                break;
            case ClockEffect.Stops when row.Event == EventType.SupplementExpired && target == DossierStatus.Refused:
            case ClockEffect.Stops when row.Event is EventType.Withdrawn or EventType.Refused:
                next.ResumeStatuses.Clear();
                break;
        }

        next.Status = target;
        next.PreviousStatus = next.ResumeStatuses.Count > 0 ? next.ResumeStatuses[^1] : DossierStatus.Unspecified;
    }
}
