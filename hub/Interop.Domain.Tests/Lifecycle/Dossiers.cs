using Interop.Domain.Lifecycle;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Tests.Lifecycle;

/// <summary>Hand-made dossier states for lifecycle tests.</summary>
internal static class Dossiers
{
    public const string Desk = "000.00.31.H56";
    public const string Land = "000.31.02.H56";
    public const string Tax = "000.00.16.H56";
    public const string ReturnDesk = "000.00.01.H56";
    public const string Stranger = "000.00.99.H56";
    public const string OpenConsultationId = "c-1";

    public static readonly ActorRole AllRoles = Enum.GetValues<ActorRole>().Aggregate(ActorRole.None, (all, r) => all | r);

    public static Dossier InStatus(DossierStatus status, bool withPendingOffer = false, DossierStatus pausedFrom = DossierStatus.Processing)
    {
        var dossier = new Dossier
        {
            Id = "d-1",
            Version = 3,
            Status = status,
            Custody = new Custody
            {
                ReceivingAgency = Agency(Desk),
                HolderAgency = Agency(Land),
                CompetentAgency = Agency(Land),
                ReturnAgency = Agency(ReturnDesk),
                PastHolders = { Agency(Desk), Agency(Land) },
                Consultations = { new Consultation { Id = OpenConsultationId, ConsultedAgency = Agency(Tax), Status = ConsultationStatus.Requested } },
            },
            Clock = new Clock { State = ClockState.Running },
        };
        if (status is DossierStatus.AwaitingSupplement or DossierStatus.AwaitingFee or DossierStatus.Suspended)
        {
            dossier.ResumeStatuses.Add(pausedFrom);
            dossier.PreviousStatus = pausedFrom;
        }

        if (withPendingOffer)
        {
            dossier.Custody.Handovers.Add(new Handover { Id = "h-1", FromAgency = Agency(Land), ToAgency = Agency(Tax), Status = HandoverStatus.Offered });
        }

        return dossier;
    }

    public static AgencyRef Agency(string id) => new() { AgencyId = id, Name = "Agency " + id };
}
