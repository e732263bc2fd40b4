using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Tests.Lifecycle;

/// <summary>
/// Every (status, event) cell of the transition table, stated here literally from DESIGN.md §3 and
/// independently of the production table. A number is the status after the event; R is refused with
/// LIFECYCLE_TRANSITION_REFUSED; C is refused with DOSSIER_CLOSED. The acting agency has every role,
/// and each event's own precondition holds (a pending offer, an open consultation, a desk-resolved
/// case); paused dossiers paused from PROCESSING (4).
/// </summary>
public sealed class LifecycleMatrixTests
{
    private const string Matrix = """
        from | filed received refused supp_req supplemented supp_expired fee_req fee_paid offered accepted returned recalled consult answered suspended resumed withdrawn resolved recalled_result returned_result rescheduled amended note
        none | 1 2 R R R R R R R R R R R R R R R R R R R R R
        1    | R 2 3 5 R R R R R R R R R R R R 7 R R R R 1 1
        2    | R R 3 5 R R 6 R 4 2 2 2 R R 8 R 7 9 R R 2 2 2
        3    | C C C C C C C C C C C C C C C C C C C C C C 3
        4    | R R R 5 R R 6 R 4 4 4 4 4 4 8 R 7 9 R R 4 4 4
        5    | R R R R 4 8 R R R 5 5 5 R R 8 R 7 R R R 5 5 5
        6    | R R R R R R R 4 R 6 6 6 R R 8 R 7 R R R 6 6 6
        7    | C C C C C C C C C C C C C C C C C C C C C C 7
        8    | R R R R R R R R R 8 8 8 R R R 4 7 R R R 8 8 8
        9    | R R R R R R R R 9 9 9 9 R R R R R R 4 10 R R 9
        10   | C C C C C C C C C C C C C C C C C C C C C C 10
        """;

    private static readonly EventType[] Columns =
    [
        EventType.Filed, EventType.Received, EventType.Refused, EventType.SupplementRequested, EventType.Supplemented,
        EventType.SupplementExpired, EventType.FeeRequested, EventType.FeePaid, EventType.HandoverOffered,
        EventType.HandoverAccepted, EventType.HandoverReturned, EventType.HandoverRecalled, EventType.ConsultationRequested,
        EventType.ConsultationAnswered, EventType.Suspended, EventType.Resumed, EventType.Withdrawn, EventType.Resolved,
        EventType.ResultRecalled, EventType.ResultReturned, EventType.AppointmentRescheduled, EventType.Amended, EventType.Note,
    ];

    public static TheoryData<int, EventType, string> Cells()
    {
        var data = new TheoryData<int, EventType, string>();
        foreach (var line in Matrix.Split('\n').Skip(1).Where(l => l.Contains('|', StringComparison.Ordinal)))
        {
            var parts = line.Split('|');
            var from = parts[0].Trim() == "none" ? 0 : int.Parse(parts[0].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            var cells = parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            Assert.Equal(Columns.Length, cells.Length);
            for (var i = 0; i < cells.Length; i++)
            {
                data.Add(from, Columns[i], cells[i]);
            }
        }

        return data;
    }

    [Fact]
    public void Matrix_states_every_cell_of_eleven_statuses_by_twenty_three_events()
    {
        Assert.Equal(11 * 23, Cells().Count);
    }

    [Theory]
    [MemberData(nameof(Cells))]
    public void Cell_is_decided_as_the_design_states(int from, EventType type, string expected)
    {
        var dossier = from == 0 ? null : Dossiers.InStatus((DossierStatus)from, withPendingOffer: type != EventType.HandoverOffered);
        var facts = new TransitionFacts(DeskResolvesProcedure: true, ConsultationId: Dossiers.OpenConsultationId);

        var decision = Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, type, Dossiers.AllRoles, facts);

        switch (expected)
        {
            case "R":
                Assert.False(decision.IsAllowed);
                Assert.Equal(ErrorReason.LifecycleTransitionRefused, decision.Reason);
                break;
            case "C":
                Assert.False(decision.IsAllowed);
                Assert.Equal(ErrorReason.DossierClosed, decision.Reason);
                break;
            default:
                Assert.True(decision.IsAllowed, decision.Message);
                Assert.Equal((DossierStatus)int.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), decision.Target);
                break;
        }
    }
}
