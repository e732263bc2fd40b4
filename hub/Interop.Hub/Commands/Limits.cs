using Interop.Domain.Time;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Commands;

/// <summary>Conversions between the schema's processing limits and the domain's time limits.</summary>
internal static class Limits
{
    public static TimeLimit ToDomain(ProcessingLimit limit) => limit.Unit switch
    {
        Protos.Type.V1.LimitUnit.WorkingDays => TimeLimit.WorkingDays(limit.Amount),
        Protos.Type.V1.LimitUnit.WorkingHours => TimeLimit.WorkingHours(limit.Amount),
        Protos.Type.V1.LimitUnit.WorkingMinutes => TimeLimit.WorkingHours(limit.Amount / 60m),
        Protos.Type.V1.LimitUnit.CalendarDays => TimeLimit.CalendarDays((int)limit.Amount),
        _ => throw new ArgumentException($"limit unit {limit.Unit} is not set", nameof(limit)),
    };

    public static bool IsComplete(ProcessingLimit? limit) => limit is { Amount: > 0 } && limit.Unit != Protos.Type.V1.LimitUnit.Unspecified;

    /// <summary>The calendar versions a computation used, as recorded in events.</summary>
    public static string VersionsOf(CalendarUse use) => string.Join(",", use.Versions);
}
