using Interop.Store.Sqlite;
using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The contract's event log part on SQLite.</summary>
public sealed class SqliteEventLogContractTests(ITestOutputHelper output) : EventLogContract<SqliteStore>(new SqliteLocation(), output);
