using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Interop.Store.Sqlite;

/// <summary>
/// One INSERT for many rows: <c>VALUES(@c0_0, @c1_0, …), (@c0_1, …)</c>, so an append writes all its
/// inbox items or list roles in one statement instead of one each. The text is made once per row count
/// and kept, which also lets the writer keep its compiled statement (<see cref="WriterSession.Prepare"/>).
/// </summary>
internal sealed class MultiRowSql(string insertInto, int columns, string tail = "")
{
    private readonly ConcurrentDictionary<int, string> texts = new();

    public string For(int rows) => texts.GetOrAdd(rows, Build);

    /// <summary>The parameter name of a column of a row, as <see cref="For"/> writes it.</summary>
    public static string Parameter(int column, int row)
        => column < Names.GetLength(0) && row < Names.GetLength(1) ? Names[column, row] : Name(column, row);

    // The names of the common shapes, made once: binding allocates no string.
    private static readonly string[,] Names = Precomputed(8, 16);

    private string Build(int rows)
    {
        var sql = new StringBuilder(insertInto).Append(" VALUES");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns; column++)
            {
                sql.Append(column == 0 ? "" : ", ").Append(Parameter(column, row));
            }

            sql.Append(')');
        }

        return sql.Append(tail).ToString();
    }

    private static string Name(int column, int row) => string.Create(CultureInfo.InvariantCulture, $"@c{column}_{row}");

    private static string[,] Precomputed(int columns, int rows)
    {
        var names = new string[columns, rows];
        for (var column = 0; column < columns; column++)
        {
            for (var row = 0; row < rows; row++)
            {
                names[column, row] = Name(column, row);
            }
        }

        return names;
    }
}
