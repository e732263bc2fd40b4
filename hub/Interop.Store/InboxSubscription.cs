namespace Interop.Store;

/// <summary>A (member, agency) inbox subscription: how far it was handed items and how far it acknowledged them.</summary>
/// <param name="MemberId">The subscribing member.</param>
/// <param name="AgencyId">The agency whose inbox it reads.</param>
/// <param name="Acknowledged">Everything up to this sequence is processed (cumulative; 0 when never acknowledged).</param>
/// <param name="Delivered">The highest sequence handed to this subscription; never below <paramref name="Acknowledged"/>.</param>
public sealed record InboxSubscription(string MemberId, string AgencyId, long Acknowledged, long Delivered);
