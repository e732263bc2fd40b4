using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Interop.Store.Sqlite;

/// <summary>
/// Every concern of the storage port on one SQLite file: WAL with synchronous=FULL, a single
/// group-committing writer that all its writes share, pooled readers beside it. The default store of
/// a single hub instance.
/// </summary>
public sealed partial class SqliteStore : IStoreEngine, IDossierStore, IEventLog, IInboxStore, IClaimStore, IRefusalLog, IRegistryStore
{
    private readonly SqliteStoreOptions options;
    private readonly ILogger<SqliteStore> logger;
    private readonly string readerConnectionString;
    private readonly InboxWatchers inboxWatchers;
    private GroupCommitWriter? writer;
    private string? logId;
    private bool disposed;

    /// <summary>Creates the store; nothing touches the file before <see cref="OpenAsync"/>.</summary>
    public SqliteStore(SqliteStoreOptions options, ILogger<SqliteStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.Path);
        ArgumentNullException.ThrowIfNull(logger);
        this.options = options;
        this.logger = logger;
        readerConnectionString = SqliteConnections.Reader(options.Path);
        inboxWatchers = new InboxWatchers(logger);
    }

    /// <inheritdoc/>
    public string LogId => logId ?? throw new InvalidOperationException("The store is not open.");

    /// <inheritdoc/>
    public StoreCounters Counters { get; } = new();

    /// <inheritdoc/>
    public Task OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (writer is not null)
        {
            throw new InvalidOperationException("The store is already open.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(options.Path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        try
        {
            var session = OpenWriterSession(out var created);
            logId = created;
            writer = new GroupCommitWriter(options, session, Counters, inboxWatchers, logger);
        }
        catch (SqliteException exception) when (SqliteErrors.IsUnavailable(exception))
        {
            throw SqliteErrors.ForCaller(exception);
        }

        logger.Opened(options.Path, logId);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public async Task<bool> IsWritableAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await Writer.SubmitAsync(new WritableProbe(cancellationToken), cancellationToken);
        }
        catch (StoreUnavailableException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public Task<AppendResult> AppendAsync(AppendRequest request, CancellationToken cancellationToken)
    {
        AppendRequestChecks.ThrowIfMalformed(request);
        return Writer.SubmitAsync(new AppendOperation(request, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<long> ReserveCodeNumbersAsync(string agencyId, DateOnly localDate, int count, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agencyId);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Writer.SubmitAsync(new CodeNumbersOperation(agencyId, localDate, count, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<long> AppendRefusalAsync(RefusalEntry refusal, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return Writer.SubmitAsync(new RefusalOperation(refusal, cancellationToken), cancellationToken);
    }

    /// <inheritdoc/>
    public Task<RegistryVersion> RecordRegistryAsync(byte[] content, byte[] digest, DateTimeOffset recordedTime, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(digest);
        return Writer.SubmitAsync(new RegistryOperation(content, digest, recordedTime, cancellationToken), cancellationToken);
    }

    /// <summary>Commits what is queued, then closes the writer and every pooled reader of the file.</summary>
    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        if (writer is not null)
        {
            await writer.DisposeAsync();
        }

        using var pooled = new SqliteConnection(readerConnectionString);
        SqliteConnection.ClearPool(pooled);
    }

    private GroupCommitWriter Writer
    {
        get
        {
            ObjectDisposedException.ThrowIf(disposed, this);
            return writer ?? throw new InvalidOperationException("The store is not open.");
        }
    }

    private WriterSession OpenWriterSession(out string storedLogId)
    {
        var session = WriterSession.Open(options, out var durability);
        try
        {
            if (!durability.IsDurable)
            {
                if (!options.AllowWeakDurability)
                {
                    throw new InvalidOperationException(
                        $"The SQLite store at '{options.Path}' cannot keep a durable log ({durability}; WAL with synchronous=FULL is required). "
                        + "Set AllowWeakDurability only where losing acknowledged writes is acceptable.");
                }

                logger.WeakDurabilityAccepted(options.Path, durability.ToString());
            }

            storedLogId = SqliteSchema.Create(session);
            return session;
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }
}
