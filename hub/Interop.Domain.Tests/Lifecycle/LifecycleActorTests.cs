using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using static Interop.Domain.Tests.Lifecycle.Dossiers;

namespace Interop.Domain.Tests.Lifecycle;

public sealed class LifecycleActorTests
{
    [Theory]
    [InlineData(EventType.FeeRequested, Desk, false)]
    [InlineData(EventType.FeeRequested, Land, true)]
    [InlineData(EventType.Withdrawn, Land, false)]
    [InlineData(EventType.Withdrawn, Desk, true)]
    [InlineData(EventType.ConsultationRequested, Desk, false)]
    [InlineData(EventType.Suspended, Tax, false)]
    [InlineData(EventType.Note, Desk, true)]
    [InlineData(EventType.Note, Stranger, false)]
    [InlineData(EventType.AppointmentRescheduled, Desk, true)]
    [InlineData(EventType.Resolved, Land, true)]
    public void Who_column_decides_the_acting_agency_in_processing(EventType type, string agency, bool allowed)
    {
        var dossier = InStatus(DossierStatus.Processing);

        var decision = Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, type, ActorRoles.Of(dossier, agency));

        Assert.Equal(allowed, decision.IsAllowed);
        Assert.Equal(allowed ? ErrorReason.Unspecified : ErrorReason.ActorNotAllowed, decision.Reason);
    }

    [Fact]
    public void Holder_that_is_not_competent_may_not_resolve()
    {
        var dossier = InStatus(DossierStatus.Processing);
        dossier.Custody.CompetentAgency = Agency(Tax);

        var decision = Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.Resolved, ActorRoles.Of(dossier, Land));

        Assert.Equal(ErrorReason.ActorNotAllowed, decision.Reason);
    }

    [Fact]
    public void Only_the_agency_offered_to_accepts_and_only_the_offerer_recalls()
    {
        var dossier = InStatus(DossierStatus.Processing, withPendingOffer: true);

        Assert.True(Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.HandoverAccepted, ActorRoles.Of(dossier, Tax)).IsAllowed);
        Assert.False(Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.HandoverAccepted, ActorRoles.Of(dossier, Land)).IsAllowed);
        Assert.True(Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.HandoverRecalled, ActorRoles.Of(dossier, Land)).IsAllowed);
        Assert.False(Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.HandoverRecalled, ActorRoles.Of(dossier, Tax)).IsAllowed);
    }

    [Fact]
    public void Second_offer_while_one_is_pending_is_refused()
    {
        var dossier = InStatus(DossierStatus.Processing, withPendingOffer: true);

        var decision = Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.HandoverOffered, ActorRoles.Of(dossier, Land));

        Assert.Equal(ErrorReason.LifecycleTransitionRefused, decision.Reason);
    }

    [Fact]
    public void Desk_resolves_a_received_dossier_only_for_a_desk_resolved_case()
    {
        var dossier = InStatus(DossierStatus.Received);
        dossier.Custody.HolderAgency = Agency(Desk);
        dossier.Custody.CompetentAgency = Agency(Desk);
        var roles = ActorRoles.Of(dossier, Desk);

        Assert.Equal(ErrorReason.LifecycleTransitionRefused, Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.Resolved, roles).Reason);
        Assert.True(Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.Resolved, roles, new TransitionFacts(DeskResolvesProcedure: true)).IsAllowed);
    }

    [Fact]
    public void Answer_to_an_unknown_consultation_is_refused()
    {
        var dossier = InStatus(DossierStatus.Processing);

        var decision = Interop.Domain.Lifecycle.Lifecycle.Decide(dossier, EventType.ConsultationAnswered, ActorRoles.Of(dossier, Tax, "c-9"), new TransitionFacts(ConsultationId: "c-9"));

        Assert.Equal(ErrorReason.LifecycleTransitionRefused, decision.Reason);
    }

    [Fact]
    public void Online_portal_files_but_does_not_receive()
    {
        var roles = ActorRoles.ForNewDossier(receivesIt: false, onlinePortal: true);

        Assert.True(Interop.Domain.Lifecycle.Lifecycle.Decide(null, EventType.Filed, roles).IsAllowed);
        Assert.Equal(ErrorReason.ActorNotAllowed, Interop.Domain.Lifecycle.Lifecycle.Decide(null, EventType.Received, roles).Reason);
    }
}
