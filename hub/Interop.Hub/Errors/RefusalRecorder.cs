using System.Collections.Concurrent;
using Google.Protobuf;
using Grpc.Core;
using Interop.Hub.Identity;
using Interop.Hub.Storage;
using Interop.Protos.Error.V1;
using Interop.Store;

namespace Interop.Hub.Errors;

/// <summary>
/// Appends refusals of authenticated callers to the durable refusal log (who, what, why, when; never
/// the body), at most <see cref="PerMemberPerMinute"/> per member per minute; the rest are counted only.
/// </summary>
internal sealed class RefusalRecorder(IRefusalLog store, TimeProvider time, HubMetrics metrics, ILogger<RefusalRecorder> logger)
{
    public const int PerMemberPerMinute = 600;

    private readonly ConcurrentDictionary<string, (long Minute, int Count)> budget = new(StringComparer.Ordinal);

    public async Task RecordAsync(HubException refusal, object request, ServerCallContext context)
    {
        metrics.Refusal(refusal.Reason);
        if (AuthenticatedCaller.Find(context) is not { } caller || refusal.Code is StatusCode.Unauthenticated or StatusCode.Unavailable or StatusCode.Internal
            || refusal.Reason == ErrorReason.HubOverloaded)
        {
            return;
        }

        var now = time.GetUtcNow();
        var minute = now.ToUnixTimeSeconds() / 60;
        var slot = budget.AddOrUpdate(caller.MemberId, _ => (minute, 1), (_, b) => b.Minute == minute ? (minute, b.Count + 1) : (minute, 1));
        if (slot.Count > PerMemberPerMinute)
        {
            return;
        }

        var facts = RequestFacts.Of(request as IMessage);
        try
        {
            await store.AppendRefusalAsync(
                new RefusalEntry(0, now, caller.MemberId, facts.ActingAgencyId, context.Method, facts.DossierId, facts.RequestId, StoreValues.ToStore(refusal.Code), ErrorDetails.ReasonName(refusal.Reason)),
                CancellationToken.None);
        }
        catch (StoreUnavailableException error)
        {
            HubLog.RefusalNotRecorded(logger, context.Method, error);
        }
    }
}
