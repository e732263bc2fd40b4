using System.Globalization;
using System.Text;

namespace Interop.Load.Wire;

/// <summary>
/// The run's request ids, all of one width so that they overwrite a placeholder of a pre-serialised
/// request in place: <c>&lt;8 hex of the run&gt;-&lt;12 digits&gt;</c>, numbered from 1. The number is
/// what a subscriber reads back from an inbox item's origin to find the send time.
/// </summary>
internal sealed class RequestIds
{
    public const int Width = 21;
    private const int Digits = 12;
    private readonly byte[] prefix;
    private long last;

    public RequestIds(string run)
    {
        if (run.Length != Width - Digits - 1 || !run.All(char.IsAsciiHexDigit))
        {
            throw new ArgumentException("a run is 8 hexadecimal digits", nameof(run));
        }

        Run = run;
        prefix = Encoding.ASCII.GetBytes(run + "-");
    }

    public string Run { get; }

    /// <summary>The highest number given out so far.</summary>
    public long Last => Interlocked.Read(ref last);

    public static RequestIds NewRun() => new(Guid.NewGuid().ToString("N")[..8]);

    public long Next() => Interlocked.Increment(ref last);

    public string Format(long number) => Run + "-" + number.ToString("D12", CultureInfo.InvariantCulture);

    /// <summary>Writes the id of a number into exactly <see cref="Width"/> bytes.</summary>
    public void Write(long number, Span<byte> destination)
    {
        prefix.CopyTo(destination);
        for (var i = Width - 1; i >= prefix.Length; i--)
        {
            destination[i] = (byte)('0' + (number % 10));
            number /= 10;
        }
    }

    /// <summary>The number of an id of this run, or -1 when the id is not one.</summary>
    public long NumberOf(string id)
    {
        if (id.Length != Width || !id.StartsWith(Run, StringComparison.Ordinal) || id[Run.Length] != '-')
        {
            return -1;
        }

        return long.TryParse(id.AsSpan(Run.Length + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : -1;
    }
}
