using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Decisions;

/// <summary>The bounds of claimed times (STANDARD.md TIME-4).</summary>
public static class ClaimedTimes
{
    /// <summary>How far a claimed time may be ahead of the hub's clock.</summary>
    public static readonly TimeSpan AheadAllowance = TimeSpan.FromMinutes(5);

    /// <summary>The claimed time of a command (the recorded time when none is claimed), or a refusal when it is out of bounds.</summary>
    public static DateTimeOffset Resolve(CommandContext context, DateTimeOffset recorded, Dossier? dossier, int maxLagHours, out Refusal? refusal)
    {
        ArgumentNullException.ThrowIfNull(context);
        refusal = null;
        if (context.ClaimedTime is null)
        {
            return recorded;
        }

        var claimed = context.ClaimedTime.ToDateTimeOffset();
        var lag = TimeSpan.FromHours(maxLagHours > 0 ? maxLagHours : 72);
        var imported = context.Provenance?.Kind == ProvenanceKind.Imported;
        if (claimed > recorded + AheadAllowance)
        {
            refusal = Refuse("is more than 5 minutes after the hub's clock");
        }
        else if (!imported && claimed < recorded - lag)
        {
            refusal = Refuse($"is more than {lag.TotalHours:0} hours before the hub's clock (imported history must say so in its provenance)");
        }
        else if (dossier?.Times?.LastEventTime is { } last && claimed < last.ToDateTimeOffset())
        {
            refusal = Refuse("is earlier than the dossier's previous event");
        }

        return claimed;
    }

    private static Refusal Refuse(string why)
        => Refusal.Invalid(ErrorReason.ClaimedTimeOutOfBounds, "context.claimed_time", why);
}
