using System.Text;

namespace Interop.Domain.Units;

/// <summary>
/// Reads the shipped CSV resources. They have no quoting, so a plain split is exact; anything unexpected is a packaging
/// bug and fails loudly rather than loading a partial list.
/// </summary>
internal static class EmbeddedCsv
{
    public static IEnumerable<string[]> Rows(string resourceName, string expectedHeader)
    {
        using var stream = typeof(EmbeddedCsv).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"embedded resource {resourceName} is missing");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var header = reader.ReadLine();
        if (header != expectedHeader)
        {
            throw new InvalidDataException($"{resourceName}: header is '{header}', expected '{expectedHeader}'");
        }

        var columns = expectedHeader.Split(',').Length;
        var lineNumber = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0)
            {
                continue;
            }

            var fields = line.Split(',');
            if (fields.Length != columns || line.Contains('"', StringComparison.Ordinal))
            {
                throw new InvalidDataException($"{resourceName}:{lineNumber}: expected {columns} unquoted fields");
            }

            yield return fields;
        }
    }
}
