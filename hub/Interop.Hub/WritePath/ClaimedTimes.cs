using Interop.Hub.Errors;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Hub.WritePath;

/// <summary>The bounds of claimed times (STANDARD.md TIME-4).</summary>
public static class ClaimedTimes
{
    public static readonly TimeSpan AheadAllowance = TimeSpan.FromMinutes(5);

    /// <summary>The claimed time of a command, or the recorded time when none is claimed.</summary>
    public static DateTimeOffset Resolve(CommandContext context, DateTimeOffset recorded, Dossier? dossier, int maxLagHours)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ClaimedTime is null)
        {
            return recorded;
        }

        var claimed = context.ClaimedTime.ToDateTimeOffset();
        var lag = TimeSpan.FromHours(maxLagHours > 0 ? maxLagHours : 72);
        var imported = context.Provenance?.Kind == ProvenanceKind.Imported;
        if (claimed > recorded + AheadAllowance)
        {
            throw Refuse("is more than 5 minutes after the hub's clock");
        }

        if (!imported && claimed < recorded - lag)
        {
            throw Refuse($"is more than {lag.TotalHours:0} hours before the hub's clock (imported history must say so in its provenance)");
        }

        if (dossier?.Times?.LastEventTime is { } last && claimed < last.ToDateTimeOffset())
        {
            throw Refuse("is earlier than the dossier's previous event");
        }

        return claimed;
    }

    private static HubException Refuse(string why)
        => Fail.Invalid(ErrorReason.ClaimedTimeOutOfBounds, "context.claimed_time", why);
}
