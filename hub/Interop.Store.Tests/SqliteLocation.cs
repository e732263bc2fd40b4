using Interop.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The contract's location on SQLite: one fresh folder per test, deleted afterwards.</summary>
internal sealed class SqliteLocation : IStoreLocation<SqliteStore>, IDisposable
{
    private readonly TempDirectory folder = new("interop-store-");

    public SqliteStore CreateStore(StoreHooks hooks) => new(
        new SqliteStoreOptions { Path = folder.File("hub.db"), BeforeCommit = hooks.BeforeCommit },
        NullLogger<SqliteStore>.Instance);

    public Task DeleteAsync()
    {
        Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => folder.Dispose();
}
