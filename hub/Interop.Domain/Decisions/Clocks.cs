using Google.Protobuf.WellKnownTypes;
using Interop.Domain.Registry;
using Interop.Domain.Time;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Decisions;

/// <summary>Derived times a command computes once and records: step deadlines and clock resumptions.</summary>
internal static class Clocks
{
    /// <summary>A step's deadline in the working time of the agency that performs it, from the claimed time.</summary>
    public static (Timestamp Deadline, string CalendarVersion) Deadline(RegistryView registry, string agencyId, DateTimeOffset from, ProcessingLimit limit)
    {
        var appointment = registry.WorkingTime(agencyId).Appoint(from, Limits.ToDomain(limit));
        return (Timestamp.FromDateTimeOffset(appointment.Due), Limits.VersionsOf(appointment.CalendarUse));
    }

    /// <summary>
    /// The resumption a pause's end records when the dossier runs again (RECEIVED or PROCESSING): the
    /// paused working time in the receiving desk's calendar, and the appointment moved by it.
    /// </summary>
    public static ClockResumption? Resumption(RegistryView registry, Dossier state, DossierStatus target, DateTimeOffset at)
    {
        if (target is not (DossierStatus.Received or DossierStatus.Processing) || state.Clock?.PausedSince is null || state.Clock.Appointment is null)
        {
            return null;
        }

        var calculator = registry.WorkingTime(state.Custody.ReceivingAgency.AgencyId);
        var pausedAt = state.Clock.PausedSince.ToDateTimeOffset();
        // A pause may begin at a claimed time a little ahead of the hub's clock (TIME-4 allows 5 minutes)
        // and end on the hub's clock before it: no working time was paused.
        var paused = at > pausedAt ? calculator.Measure(pausedAt, at) : TimeSpan.Zero;
        var moved = calculator.Add(state.Clock.Appointment.ToDateTimeOffset(), paused);
        var use = calculator.Calendar.UseBetween(VietnamTime.DateOf(pausedAt), VietnamTime.DateOf(moved));
        return new ClockResumption
        {
            PausedWorkingMinutes = (long)paused.TotalMinutes,
            Appointment = Timestamp.FromDateTimeOffset(moved),
            CalendarVersion = Limits.VersionsOf(use),
        };
    }
}
