using CsCheck;
using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Tests.Lifecycle;

public sealed class LifecycleWalkProperties
{
    /// <summary>
    /// Random walks through the table: at each step one of the events the lifecycle allows (acting
    /// agency with every role) is appended; the fold's status is the decision's target, terminal
    /// statuses take only notes, and folding from scratch gives the incremental state.
    /// </summary>
    [Fact]
    public void Random_walks_fold_to_the_statuses_the_table_decides()
    {
        Gen.Int[0, 1000].Array[1, 40].Sample(choices =>
        {
            var events = new Events();
            foreach (var choice in choices)
            {
                var state = events.State;
                var allowed = Enum.GetValues<EventType>().Where(t => t != EventType.Unspecified)
                    .Select(t => (Type: t, Decision: Interop.Domain.Lifecycle.Lifecycle.Decide(state, t, Dossiers.AllRoles, Facts(state))))
                    .Where(x => x.Decision.IsAllowed)
                    .ToList();
                if (state is not null && TransitionTable.Terminal.Contains(state.Status))
                {
                    Assert.Equal(new[] { EventType.Note }, allowed.Select(a => a.Type));
                }

                var (type, decision) = allowed[choice % allowed.Count];
                var next = events.Add(Dossiers.Desk, Events.Minimal(type, state));
                Assert.Equal(decision.Target, next.Status);
                Assert.Equal(next.ResumeStatuses.Count > 0 ? next.ResumeStatuses[^1] : DossierStatus.Unspecified, next.PreviousStatus);
            }

            Assert.Equal(events.State, DossierFold.Fold(events.All));
        }, iter: 400);
    }

    private static TransitionFacts Facts(Dossier? state) => new(
        DeskResolvesProcedure: true,
        ConsultationId: state?.Custody?.Consultations.LastOrDefault(c => c.Status == ConsultationStatus.Requested)?.Id);
}
