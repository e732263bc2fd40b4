using Interop.Store.Sqlite;
using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The contract's registry store part on SQLite.</summary>
public sealed class SqliteRegistryStoreContractTests(ITestOutputHelper output) : RegistryStoreContract<SqliteStore>(new SqliteLocation(), output);
