using Interop.Protos.Dossier.V1;

namespace Interop.Domain.ControlSheets;

/// <summary>Where an agency's step ends, once it holds the dossier.</summary>
internal static class StepCompletion
{
    /// <summary>
    /// The event that completed the step of <paramref name="agencyId"/> begun at <paramref name="start"/>: its next
    /// offer that was accepted; else its resolution, if it never handed the dossier on and the result was not
    /// recalled since; else its return of the result. Null while the step is open.
    /// </summary>
    /// <remarks>
    /// A returned or recalled offer does not end the step: the agency still holds the dossier.
    /// </remarks>
    public static EventBody? Find(EventLog log, int start, string agencyId)
    {
        EventBody? resolution = null;
        EventBody? returned = null;
        for (var i = start + 1; i < log.Events.Count; i++)
        {
            var e = log.Events[i];
            var byAgency = e.Actor?.Agency?.AgencyId == agencyId;
            switch (e.PayloadCase)
            {
                case EventBody.PayloadOneofCase.HandoverOffered when byAgency && log.IsAcceptedOffer(i):
                    return e;
                case EventBody.PayloadOneofCase.Resolved when byAgency:
                    resolution = e;
                    break;
                case EventBody.PayloadOneofCase.ResultRecalled:
                    resolution = null;
                    break;
                case EventBody.PayloadOneofCase.ResultReturned when byAgency:
                    returned ??= e;
                    break;
            }
        }
        return resolution ?? returned;
    }
}
