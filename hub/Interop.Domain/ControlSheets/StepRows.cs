using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.ControlSheets;

/// <summary>The rows of the sheet, one per step, in order of the event that started each.</summary>
internal static class StepRows
{
    /// <summary>Prefix of the note of an offer the receiving agency returned (then the reason).</summary>
    public const string ReturnedPrefix = "Trả lại: ";

    /// <summary>Prefix of the note of an offer its giver recalled (then the reason).</summary>
    public const string RecalledPrefix = "Thu hồi: ";

    public static IEnumerable<ControlSheetRow> Of(EventLog log, AgencyNames names, DateTimeOffset openJudgedAt)
    {
        for (var i = 0; i < log.Events.Count; i++)
        {
            var e = log.Events[i];
            switch (e.PayloadCase)
            {
                case EventBody.PayloadOneofCase.Received:
                    yield return Reception(log, i, names);
                    break;
                case EventBody.PayloadOneofCase.HandoverOffered:
                    yield return HandoverRow.Of(log, i, names, openJudgedAt);
                    break;
                case EventBody.PayloadOneofCase.ConsultationRequested:
                    yield return Consultation(log, i, names, openJudgedAt);
                    break;
            }
        }
    }

    // The desk received the dossier from the citizen: no giving agency, and no recorded deadline (the route's
    // step, if any, has a limit only), so the row is never judged.
    private static ControlSheetRow Reception(EventLog log, int index, AgencyNames names)
    {
        var e = log.Events[index];
        var desk = names.Named(e.Received.ReceivingAgency) ?? names.Named(e.Actor?.Agency);
        var row = new ControlSheetRow
        {
            Agency = desk,
            HandedOverTime = e.ClaimedTime.Clone(),
            ReceivedTime = e.ClaimedTime.Clone(),
            Receiver = e.Actor?.Officer?.Clone(),
            Result = Timeliness.Unspecified,
        };
        if (desk is not null)
        {
            row.CompletedTime = StepCompletion.Find(log, index, desk.AgencyId)?.ClaimedTime.Clone();
        }
        return row;
    }

    private static ControlSheetRow Consultation(EventLog log, int index, AgencyNames names, DateTimeOffset openJudgedAt)
    {
        var e = log.Events[index];
        var request = e.ConsultationRequested;
        var answer = log.AnswerOf(index);
        return new ControlSheetRow
        {
            Agency = names.Named(request.ConsultedAgency),
            HandedOverBy = names.Named(e.Actor?.Agency),
            HandedOverTime = e.ClaimedTime.Clone(),
            ReceivedTime = e.ClaimedTime.Clone(),
            Deadline = request.Deadline?.Clone(),
            CompletedTime = answer?.ClaimedTime.Clone(),
            Result = TimelinessOf.Step(request.Deadline, answer, openJudgedAt),
            Note = request.Question,
            Giver = e.Actor?.Officer?.Clone(),
        };
    }
}
