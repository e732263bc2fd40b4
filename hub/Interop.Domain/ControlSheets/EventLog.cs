using Interop.Protos.Dossier.V1;

namespace Interop.Domain.ControlSheets;

/// <summary>A dossier's events with what the rows look up: how each offer was settled, each consultation answered.</summary>
internal sealed class EventLog
{
    private readonly Dictionary<int, int> settlementOfOffer = [];
    private readonly Dictionary<int, int> answerOfRequest = [];

    public EventLog(IReadOnlyList<EventBody> events)
    {
        Events = events;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.ClaimedTime is null)
            {
                throw new ArgumentException($"Event {e.Id} has no claimed time.", nameof(events));
            }
            if (i > 0 && e.Sequence <= events[i - 1].Sequence)
            {
                throw new ArgumentException($"Event {e.Id} is out of sequence order.", nameof(events));
            }
            switch (e.PayloadCase)
            {
                case EventBody.PayloadOneofCase.HandoverOffered:
                    Link(settlementOfOffer, i, e.HandoverOffered.HandoverId, SettlementId);
                    break;
                case EventBody.PayloadOneofCase.ConsultationRequested:
                    Link(answerOfRequest, i, e.ConsultationRequested.ConsultationId, AnswerId);
                    break;
            }
        }
    }

    public IReadOnlyList<EventBody> Events { get; }

    /// <summary>Index of the accept, return or recall of the offer at <paramref name="offerIndex"/>; null while pending.</summary>
    public int? SettlementIndexOf(int offerIndex) =>
        settlementOfOffer.TryGetValue(offerIndex, out var i) ? i : null;

    public bool IsAcceptedOffer(int offerIndex) =>
        SettlementIndexOf(offerIndex) is { } i && Events[i].PayloadCase == EventBody.PayloadOneofCase.HandoverAccepted;

    public EventBody? AnswerOf(int requestIndex) =>
        answerOfRequest.TryGetValue(requestIndex, out var i) ? Events[i] : null;

    // The first matching event after the opening one settles it; ids are unique within a dossier, and
    // taking the first after keeps a reused id from settling an earlier offer twice.
    private void Link(Dictionary<int, int> links, int opening, string id, Func<EventBody, string?> idOf)
    {
        for (var j = opening + 1; j < Events.Count; j++)
        {
            if (idOf(Events[j]) == id)
            {
                links[opening] = j;
                return;
            }
        }
    }

    private static string? SettlementId(EventBody e) => e.PayloadCase switch
    {
        EventBody.PayloadOneofCase.HandoverAccepted => e.HandoverAccepted.HandoverId,
        EventBody.PayloadOneofCase.HandoverReturned => e.HandoverReturned.HandoverId,
        EventBody.PayloadOneofCase.HandoverRecalled => e.HandoverRecalled.HandoverId,
        _ => null,
    };

    private static string? AnswerId(EventBody e) =>
        e.PayloadCase == EventBody.PayloadOneofCase.ConsultationAnswered ? e.ConsultationAnswered.ConsultationId : null;
}
