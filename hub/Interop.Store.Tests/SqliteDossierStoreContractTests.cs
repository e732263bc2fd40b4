using Interop.Store.Sqlite;
using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The contract's dossier store part on SQLite.</summary>
public sealed class SqliteDossierStoreContractTests(ITestOutputHelper output) : DossierStoreContract<SqliteStore>(new SqliteLocation(), output);
