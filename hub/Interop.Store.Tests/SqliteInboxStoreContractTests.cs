using Interop.Store.Sqlite;
using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The contract's inbox store part on SQLite.</summary>
public sealed class SqliteInboxStoreContractTests(ITestOutputHelper output) : InboxStoreContract<SqliteStore>(new SqliteLocation(), output);
