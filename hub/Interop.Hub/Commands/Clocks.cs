using Google.Protobuf.WellKnownTypes;
using Interop.Hub.Errors;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Commands;

/// <summary>Derived times a command computes once and records: step deadlines and clock resumptions.</summary>
internal static class Clocks
{
    /// <summary>A step's deadline in the working time of the agency that performs it.</summary>
    public static (Timestamp Deadline, string CalendarVersion) Deadline(CommandScope scope, string agencyId, ProcessingLimit limit)
    {
        var appointment = scope.Registry.WorkingTime(agencyId).Appoint(scope.Claimed, Limits.ToDomain(limit));
        return (Timestamp.FromDateTimeOffset(appointment.Due), Limits.VersionsOf(appointment.CalendarUse));
    }

    /// <summary>
    /// The resumption a pause's end records when the dossier runs again (RECEIVED or PROCESSING): the
    /// paused working time in the receiving desk's calendar, and the appointment moved by it.
    /// </summary>
    public static ClockResumption? Resumption(CommandScope scope, Dossier state, DossierStatus target)
    {
        if (target is not (DossierStatus.Received or DossierStatus.Processing) || state.Clock?.PausedSince is null || state.Clock.Appointment is null)
        {
            return null;
        }

        var calculator = scope.Registry.WorkingTime(state.Custody.ReceivingAgency.AgencyId);
        var pausedAt = state.Clock.PausedSince.ToDateTimeOffset();
        var paused = calculator.Measure(pausedAt, scope.Claimed);
        var moved = calculator.Add(state.Clock.Appointment.ToDateTimeOffset(), paused);
        var use = calculator.Calendar.UseBetween(Domain.Time.VietnamTime.DateOf(pausedAt), Domain.Time.VietnamTime.DateOf(moved));
        return new ClockResumption
        {
            PausedWorkingMinutes = (long)paused.TotalMinutes,
            Appointment = Timestamp.FromDateTimeOffset(moved),
            CalendarVersion = Limits.VersionsOf(use),
        };
    }

    public static ProcessingLimit RequireLimit(ProcessingLimit? limit, string path)
        => Limits.IsComplete(limit) ? limit! : throw Fail.Field(path, "a limit with an amount and a unit is required");
}
