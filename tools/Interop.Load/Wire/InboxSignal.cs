namespace Interop.Load.Wire;

/// <summary>What a subscriber reads of a StreamInboxResponse: whether it is an item, its sequence and its origin's request id.</summary>
internal sealed record InboxSignal(bool IsItem, long Sequence, string RequestId);
