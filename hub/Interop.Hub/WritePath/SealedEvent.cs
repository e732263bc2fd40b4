using Interop.Domain.Decisions;
using Interop.Protos.Dossier.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>A decided event, sealed: its stored body bytes and hash, its personal part, its signed receipt and, for a receipt of a code, the look-up digest.</summary>
/// <param name="Draft">The domain's draft (its body now carries the previous hash, digest and trace context).</param>
/// <param name="BodyBytes">The body as serialised once and stored; the hash is over these bytes.</param>
/// <param name="Hash">SHA-256 per the standard's hash rule.</param>
/// <param name="Part">The personal-data part with its salt, or null.</param>
/// <param name="Receipt">The receipt, signed once and replayed unchanged.</param>
/// <param name="LookupDigest">The citizen look-up secret's digest stored beside the national code's claim, or null.</param>
internal sealed record SealedEvent(EventDraft Draft, byte[] BodyBytes, byte[] Hash, PersonalDataPart? Part, SignedReceipt Receipt, LookupDigest? LookupDigest)
{
    /// <summary>What the mutation answers once the append committed at a log position (STANDARD EV-6: the event as stored, without its decoded copies).</summary>
    public MutationOutcome Outcome(string logId, long position) => new()
    {
        Dossier = Draft.State,
        Event = StoredEvents.AsAnswered(BodyBytes, Hash, logId, position, Part),
        Receipt = Receipt,
    };
}
