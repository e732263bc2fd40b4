using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.ControlSheets;

/// <summary>The row of one hand-over offer, by how it was settled.</summary>
internal static class HandoverRow
{
    public static ControlSheetRow Of(EventLog log, int index, AgencyNames names, DateTimeOffset openJudgedAt)
    {
        var e = log.Events[index];
        var offer = e.HandoverOffered;
        var row = new ControlSheetRow
        {
            Agency = names.Named(offer.ToAgency),
            HandedOverBy = names.Named(e.Actor?.Agency),
            HandedOverTime = e.ClaimedTime.Clone(),
            Deadline = offer.Deadline?.Clone(),
            Giver = e.Actor?.Officer?.Clone(),
            Note = offer.Note,
        };
        if (log.SettlementIndexOf(index) is not { } settledAt)
        {
            // Pending: the step's deadline runs from the offer, so an offer left waiting past it is late.
            row.Result = TimelinessOf.Step(offer.Deadline, null, openJudgedAt);
            return row;
        }
        var settlement = log.Events[settledAt];
        switch (settlement.PayloadCase)
        {
            case EventBody.PayloadOneofCase.HandoverAccepted:
                var completion = row.Agency is null ? null : StepCompletion.Find(log, settledAt, row.Agency.AgencyId);
                row.ReceivedTime = settlement.ClaimedTime.Clone();
                row.Receiver = settlement.Actor?.Officer?.Clone();
                row.CompletedTime = completion?.ClaimedTime.Clone();
                row.Result = TimelinessOf.Step(offer.Deadline, completion, openJudgedAt);
                break;
            case EventBody.PayloadOneofCase.HandoverReturned:
                Unjudged(row, settlement, StepRows.ReturnedPrefix + settlement.HandoverReturned.Reason);
                break;
            case EventBody.PayloadOneofCase.HandoverRecalled:
                Unjudged(row, settlement, StepRows.RecalledPrefix + settlement.HandoverRecalled.Reason);
                break;
        }
        return row;
    }

    // The step never began: the row shows when the offer ended and why, and is not judged.
    private static void Unjudged(ControlSheetRow row, EventBody settlement, string note)
    {
        row.CompletedTime = settlement.ClaimedTime.Clone();
        row.Note = note;
        row.Result = Timeliness.Unspecified;
    }
}
