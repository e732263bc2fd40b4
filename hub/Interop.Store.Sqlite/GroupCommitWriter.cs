using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Interop.Store.Sqlite;

/// <summary>
/// The store's only writer. It takes everything queued (up to <see cref="MaxBatch"/>), runs it in one
/// transaction with a savepoint per operation, commits once (one disk sync) and only then tells the
/// callers. A batch that cannot commit is rolled back whole, its callers get
/// <see cref="StoreUnavailableException"/>, and the connection is replaced before the next batch, so
/// the store recovers by itself once the disk can be written again.
/// </summary>
internal sealed partial class GroupCommitWriter : IAsyncDisposable
{
    private const int MaxBatch = 256;
    private const int QueueCapacity = 8192;
    private const string Savepoint = "op";

    private readonly Channel<WriteOperation> queue = Channel.CreateBounded<WriteOperation>(
        new BoundedChannelOptions(QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly CancellationTokenSource closing = new();
    private readonly SqliteStoreOptions options;
    private readonly StoreCounters counters;
    private readonly ILogger logger;
    private readonly Task loop;
    private readonly WalCheckpointer checkpointer;
    private readonly string folder;
    private readonly InboxWatchers inboxWatchers;
    private WriterSession? session;

    public GroupCommitWriter(SqliteStoreOptions options, WriterSession session, StoreCounters counters, InboxWatchers inboxWatchers, ILogger logger)
    {
        this.options = options;
        this.session = session;
        this.counters = counters;
        this.inboxWatchers = inboxWatchers;
        this.logger = logger;
        checkpointer = new WalCheckpointer(options.Path, logger);
        folder = Path.GetDirectoryName(Path.GetFullPath(options.Path)) ?? ".";
        loop = Task.Run(RunAsync);
    }

    public async Task<T> SubmitAsync<T>(WriteOperation<T> operation, CancellationToken cancellationToken)
    {
        try
        {
            await queue.Writer.WriteAsync(operation, cancellationToken);
        }
        catch (ChannelClosedException)
        {
            throw new ObjectDisposedException(nameof(SqliteStore));
        }

        // Not WaitAsync(cancellationToken): once queued, the caller learns what really happened,
        // which is either "cancelled, nothing written" or the committed outcome.
        return await operation.Task;
    }

    /// <summary>Stops taking work, commits what is queued, and closes the connection.</summary>
    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await closing.CancelAsync();
        await loop;
        await checkpointer.DisposeAsync();
        session?.Dispose();
        session = null;
        closing.Dispose();
    }

    private async Task RunAsync()
    {
        var batch = new List<WriteOperation>(MaxBatch);
        var concurrent = false;
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            Drain(batch);

            // Under concurrent load (the last batch held several operations) the writer lingers a moment
            // for the callers still on their way, as PostgreSQL's commit_delay does: one sync then
            // serves them all. A lone caller never waits.
            if (concurrent && batch.Count < MaxBatch && options.CommitLinger > TimeSpan.Zero)
            {
                await LingerAsync(batch);
            }

            concurrent = batch.Count > 1;
            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }
    }

    private void Drain(List<WriteOperation> batch)
    {
        while (batch.Count < MaxBatch && queue.Reader.TryRead(out var operation))
        {
            if (operation.CancellationToken.IsCancellationRequested)
            {
                operation.Cancel();
            }
            else
            {
                batch.Add(operation);
            }
        }
    }

    private async Task LingerAsync(List<WriteOperation> batch)
    {
        using var linger = new CancellationTokenSource(options.CommitLinger);
        try
        {
            while (batch.Count < MaxBatch && await queue.Reader.WaitToReadAsync(linger.Token))
            {
                Drain(batch);
            }
        }
        catch (OperationCanceledException) when (linger.IsCancellationRequested)
        {
            // The moment is over: commit what came.
        }
    }

    private async Task CommitAsync(List<WriteOperation> batch)
    {
        try
        {
            var started = Stopwatch.GetTimestamp();
            var current = Begin();
            Run(current, batch);
            var ran = Stopwatch.GetElapsedTime(started);
            if (options.BeforeCommit is { } hook)
            {
                await hook(closing.Token);
            }

            var committing = Stopwatch.GetTimestamp();
            Commit(current);
            counters.RecordWriterTime(ran, Stopwatch.GetElapsedTime(committing));
        }
#pragma warning disable CA1031 // Whatever stopped the commit, the callers must hear of it, and the writer must live on.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            Abandon(batch, exception);
            return;
        }

        checkpointer.Request();
        Count(batch);
        foreach (var operation in batch)
        {
            operation.Complete();
        }

        inboxWatchers.Announce([.. batch.SelectMany(operation => operation.CommittedInboxItems)]);
    }

    /// <summary>Counts a durable batch once, in the first class of <see cref="CommitClass"/> any of its operations has.</summary>
    private void Count(List<WriteOperation> batch)
    {
        var appends = 0;
        var commit = CommitClass.Probe;
        foreach (var operation in batch)
        {
            appends += operation.CommittedAppends;
            commit = operation.Commit < commit ? operation.Commit : commit;
        }

        switch (commit)
        {
            case CommitClass.WritePath:
                counters.RecordCommit(appends);
                break;
            case CommitClass.Other:
                counters.RecordOtherCommit();
                break;
            default:
                counters.RecordProbeCommit();
                break;
        }
    }
}
