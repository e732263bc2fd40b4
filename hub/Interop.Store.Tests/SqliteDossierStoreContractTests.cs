using Interop.Store.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The contract on SQLite: one fresh folder per test, deleted afterwards.</summary>
public sealed class SqliteDossierStoreContractTests(ITestOutputHelper output) : DossierStoreContract(output), IDisposable
{
    private readonly TempDirectory folder = new("interop-store-");

    protected override IDossierStore CreateStore(StoreHooks hooks) => new SqliteDossierStore(
        new SqliteStoreOptions { Path = folder.File("hub.db"), BeforeCommit = hooks.BeforeCommit },
        NullLogger<SqliteDossierStore>.Instance);

    protected override Task DeleteLocationAsync()
    {
        folder.Dispose();
        return Task.CompletedTask;
    }

    public void Dispose() => folder.Dispose();
}
