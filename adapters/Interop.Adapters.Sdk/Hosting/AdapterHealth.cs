using System.Collections.Concurrent;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Inbox;

namespace Interop.Adapters.Sdk.Hosting;

/// <summary>What <c>GET /health</c> answers: serving unless an inbox follower failed; each inbox's progress and the parked count, no record content.</summary>
public sealed class AdapterHealth(AdapterOptions adapter, AdapterCheckpoint checkpoint)
{
    private readonly ConcurrentDictionary<string, InboxFollower> followers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> failures = new(StringComparer.Ordinal);

    public void Follow(string agency, InboxFollower follower) => followers[agency] = follower;

    public void Failed(string agency, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        failures[agency] = exception.GetType().Name;
    }

    public HealthReport Report() => new(
        failures.IsEmpty ? "serving" : "failing",
        adapter.Name,
        checkpoint.ListParked().Count,
        adapter.Agencies.ToDictionary(
            agency => agency,
            agency =>
            {
                var progress = checkpoint.Progress(agency);
                var counts = followers.TryGetValue(agency, out var follower) ? follower.Counts : new InboxCounts();
                return new InboxHealth(progress.Processed, progress.Acknowledged, progress.Pending?.Sequence, counts.Written, counts.Own, counts.Duplicates, counts.Gaps, counts.Parked, failures.GetValueOrDefault(agency));
            }));
}

/// <summary>The health probe's answer.</summary>
public sealed record HealthReport(string Status, string Adapter, int Parked, IReadOnlyDictionary<string, InboxHealth> Inboxes);

/// <summary>One inbox in the health probe's answer.</summary>
public sealed record InboxHealth(long Processed, long Acknowledged, long? Pending, int Written, int Own, int Duplicates, int Gaps, int Parked, string? Failure);
