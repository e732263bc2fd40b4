namespace Interop.Load.Runs;

/// <summary>The intended send time of each request number of a run, for subscribers to match deliveries against.</summary>
internal sealed class SendTimes(long capacity)
{
    private readonly long[] times = new long[capacity];

    public void Record(long number, long intended)
    {
        if (number < times.Length)
        {
            Volatile.Write(ref times[number], intended);
        }
    }

    /// <summary>The send time of a number, 0 when unknown.</summary>
    public long Of(long number) => number < times.Length ? Volatile.Read(ref times[number]) : 0;
}
