using Microsoft.Extensions.Logging;

namespace Interop.Store.Sqlite;

/// <summary>
/// Who is told of inbox items once their commit is durable. The writer calls <see cref="Announce"/>
/// after COMMIT returned, so a watcher can never learn of an item a crash could erase.
/// </summary>
internal sealed class InboxWatchers(ILogger logger)
{
    private readonly Lock gate = new();
    private Action<IReadOnlyList<InboxCommit>>[] watchers = [];

    public IDisposable Add(Action<IReadOnlyList<InboxCommit>> watcher)
    {
        ArgumentNullException.ThrowIfNull(watcher);
        lock (gate)
        {
            watchers = [.. watchers, watcher];
        }

        return new Registration(this, watcher);
    }

    public void Announce(IReadOnlyList<InboxCommit> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        foreach (var watcher in Volatile.Read(ref watchers))
        {
            try
            {
                watcher(items);
            }
#pragma warning disable CA1031 // A watcher's bug must not stop the writer, which serves every caller.
            catch (Exception exception)
#pragma warning restore CA1031
            {
                logger.WatcherFailed(exception);
            }
        }
    }

    private void Remove(Action<IReadOnlyList<InboxCommit>> watcher)
    {
        lock (gate)
        {
            watchers = [.. watchers.Where(w => w != watcher)];
        }
    }

    private sealed class Registration(InboxWatchers owner, Action<IReadOnlyList<InboxCommit>> watcher) : IDisposable
    {
        public void Dispose() => owner.Remove(watcher);
    }
}
