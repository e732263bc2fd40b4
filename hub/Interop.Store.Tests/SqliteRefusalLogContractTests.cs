using Interop.Store.Sqlite;
using Xunit.Abstractions;

namespace Interop.Store.Tests;

/// <summary>The contract's refusal log part on SQLite.</summary>
public sealed class SqliteRefusalLogContractTests(ITestOutputHelper output) : RefusalLogContract<SqliteStore>(new SqliteLocation(), output);
