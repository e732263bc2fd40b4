using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Domain.Decisions;

/// <summary>The checks of a mutation's context that come before its idempotency record is looked up: who writes, with which request id, for which agency.</summary>
public static class CommandEnvelope
{
    /// <summary>The request id's longest form (STANDARD.md IDEM-1).</summary>
    public const int MaxRequestIdLength = 128;

    /// <summary>A refusal of the context, or null when the caller may write with it.</summary>
    public static Refusal? Check(Caller caller, CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(context);
        if (caller.IsAuditor)
        {
            return Refusal.Denied(ErrorReason.MemberReadOnly, "auditors read; they do not write");
        }

        var violations = new List<FieldViolation>();
        if (context.RequestId.Length is 0 or > MaxRequestIdLength || context.RequestId.Any(c => c is < '!' or > '~'))
        {
            violations.Add(new FieldViolation("context.request_id", "1 to 128 printable ASCII characters, no spaces"));
        }

        if (context.ActingAgencyId.Length == 0)
        {
            violations.Add(new FieldViolation("context.acting_agency_id", "required"));
        }

        if (violations.Count > 0)
        {
            return Refusal.Fields(violations);
        }

        return caller.ActsFor(context.ActingAgencyId)
            ? null
            : Refusal.Denied(ErrorReason.AgencyNotRegisteredToMember, "the acting agency is not registered to the calling member");
    }
}
