using Interop.Store.Sqlite;
using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The contract's claim store part on SQLite.</summary>
public sealed class SqliteClaimStoreContractTests(ITestOutputHelper output) : ClaimStoreContract<SqliteStore>(new SqliteLocation(), output);
