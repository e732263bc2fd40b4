using Google.Protobuf.WellKnownTypes;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Tests.Statistics;

/// <summary>Dossier states written by hand, as the fold of their events would leave them.</summary>
internal static class States
{
    public const string LandOffice = "000.10.21.H56";
    public const string Desk = "000.30.21.H56";
    public const string OtherOffice = "000.11.21.H56";
    public const string LandProcedure = "1.004227";
    public const string OtherProcedure = "1.000775";

    /// <summary>Received and being processed by the land office, which is competent.</summary>
    public static Dossier Received(string id, DateTimeOffset at, DateTimeOffset appointment) => new()
    {
        Id = id,
        Status = DossierStatus.Processing,
        Details = new DossierDetails { Procedure = new ProcedureRef { ProcedureCode = LandProcedure } },
        Custody = new Custody { CompetentAgency = new AgencyRef { AgencyId = LandOffice } },
        Clock = new Clock { State = ClockState.Running, OriginalAppointment = Ts(appointment), Appointment = Ts(appointment) },
        Times = new Times { ReceivedTime = Ts(at) },
    };

    public static Dossier ResolvedAt(this Dossier dossier, DateTimeOffset at, DossierStatus status = DossierStatus.Returned)
    {
        dossier.Status = status;
        dossier.Clock.State = ClockState.Stopped;
        dossier.Times.ResolvedTime = Ts(at);
        return dossier;
    }

    public static Dossier WithStatus(this Dossier dossier, DossierStatus status)
    {
        dossier.Status = status;
        return dossier;
    }

    public static Dossier Competent(this Dossier dossier, string agencyId)
    {
        dossier.Custody.CompetentAgency = new AgencyRef { AgencyId = agencyId };
        return dossier;
    }

    public static Dossier OfProcedure(this Dossier dossier, string code)
    {
        dossier.Details.Procedure.ProcedureCode = code;
        return dossier;
    }

    public static Dossier PausedSince(this Dossier dossier, DateTimeOffset at)
    {
        dossier.Status = DossierStatus.AwaitingSupplement;
        dossier.PreviousStatus = DossierStatus.Processing;
        dossier.Clock.State = ClockState.Paused;
        dossier.Clock.PausedSince = Ts(at);
        return dossier;
    }

    public static Dossier Rescheduled(this Dossier dossier, DateTimeOffset newAppointment)
    {
        dossier.Clock.RescheduledAppointment = Ts(newAppointment);
        return dossier;
    }

    public static Dossier HandedOver(
        this Dossier dossier, string to, DateTimeOffset deadline, DateTimeOffset completed, HandoverStatus status = HandoverStatus.Accepted)
    {
        dossier.Custody.Handovers.Add(new Handover
        {
            Id = $"h{dossier.Custody.Handovers.Count + 1}",
            FromAgency = new AgencyRef { AgencyId = Desk },
            ToAgency = new AgencyRef { AgencyId = to },
            Status = status,
            Deadline = Ts(deadline),
            CompletedTime = status == HandoverStatus.Accepted ? Ts(completed) : null,
            SettledTime = Ts(completed),
        });
        return dossier;
    }

    public static Timestamp Ts(DateTimeOffset at) => Timestamp.FromDateTimeOffset(at);
}
