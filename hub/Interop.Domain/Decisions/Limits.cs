using Interop.Domain.Time;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Decisions;

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

    /// <summary>Adds a violation for a limit that is sent (not empty) but cannot be used: a unit the standard does not define, or an amount out of range.</summary>
    public static void Check(ProcessingLimit? limit, string path, List<FieldViolation> violations)
    {
        if (limit is null || (limit.Amount == 0 && limit.Unit == Protos.Type.V1.LimitUnit.Unspecified))
        {
            return;
        }

        if (!Enum.IsDefined(limit.Unit) || limit.Unit == Protos.Type.V1.LimitUnit.Unspecified)
        {
            violations.Add(new FieldViolation($"{path}.unit", "working days, working hours, working minutes or calendar days"));
        }
        else if (limit.Amount == 0 || (limit.Unit == Protos.Type.V1.LimitUnit.WorkingMinutes ? limit.Amount / 60m : limit.Amount) > TimeLimit.MaxAmount)
        {
            violations.Add(new FieldViolation($"{path}.amount", $"positive and at most {TimeLimit.MaxAmount:0} days or hours"));
        }
    }

    /// <summary>The calendar versions a computation used, as recorded in events.</summary>
    public static string VersionsOf(CalendarUse use) => string.Join(",", use.Versions);
}
