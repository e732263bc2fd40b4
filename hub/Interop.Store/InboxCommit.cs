namespace Interop.Store;

/// <summary>An inbox item made durable by a commit, as the store announces it to its watchers.</summary>
/// <param name="AgencyId">The agency whose inbox received it.</param>
/// <param name="InboxSequence">Its sequence in that inbox.</param>
/// <param name="DossierId">The dossier of the routed event.</param>
/// <param name="EventSequence">The event's sequence in the dossier.</param>
public sealed record InboxCommit(string AgencyId, long InboxSequence, string DossierId, long EventSequence);
