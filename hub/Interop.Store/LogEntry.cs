namespace Interop.Store;

/// <summary>One committed event of the hub's log, as a checkpoint's Merkle tree takes it.</summary>
/// <param name="Position">The global log position assigned at commit.</param>
/// <param name="DossierId">The event's dossier.</param>
/// <param name="Sequence">The event's sequence in its dossier.</param>
/// <param name="Hash">The event's 32-byte hash (the tree's leaf input).</param>
public sealed record LogEntry(long Position, string DossierId, long Sequence, byte[] Hash);
