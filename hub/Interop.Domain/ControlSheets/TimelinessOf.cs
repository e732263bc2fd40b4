using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Time;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.ControlSheets;

/// <summary>Judgements as the wire's <see cref="Timeliness"/>; "not judged" is <c>TIMELINESS_UNSPECIFIED</c>.</summary>
internal static class TimelinessOf
{
    public static Timeliness Judged(Judgement? judgement) => judgement switch
    {
        Judgement.Early => Timeliness.Early,
        Judgement.OnTime => Timeliness.OnTime,
        Judgement.Late => Timeliness.Late,
        _ => Timeliness.Unspecified,
    };

    /// <summary>A step: judged when completed, late once open past its deadline, never without a deadline.</summary>
    public static Timeliness Step(Timestamp? deadline, EventBody? completion, DateTimeOffset openJudgedAt)
    {
        if (deadline is null)
        {
            return Timeliness.Unspecified;
        }
        var due = deadline.ToDateTimeOffset();
        return Judged(completion is null
            ? Judging.OpenStep(due, openJudgedAt)
            : Judging.Step(due, completion.ClaimedTime.ToDateTimeOffset()));
    }
}
