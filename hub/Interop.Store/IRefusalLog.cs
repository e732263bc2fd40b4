namespace Interop.Store;

/// <summary>The durable log of refusals of authenticated callers, for auditors.</summary>
public interface IRefusalLog
{
    /// <summary>Appends a refusal to the durable refusal log and returns its position (the entry's own position is ignored).</summary>
    Task<long> AppendRefusalAsync(RefusalEntry refusal, CancellationToken cancellationToken);

    /// <summary>Refusals after a position, optionally of one member, oldest first.</summary>
    Task<IReadOnlyList<RefusalEntry>> ListRefusalsAsync(RefusalQuery query, CancellationToken cancellationToken);
}
