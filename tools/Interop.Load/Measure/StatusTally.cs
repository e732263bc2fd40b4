using System.Collections.Concurrent;
using Grpc.Core;

namespace Interop.Load.Measure;

/// <summary>Calls counted by gRPC code, by code and ErrorInfo reason, and refusals that carried a RetryInfo.</summary>
internal sealed class StatusTally
{
    private readonly ConcurrentDictionary<string, long> byCode = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> byReason = new(StringComparer.Ordinal);
    private long ok;
    private long withRetryInfo;

    public long Ok => Interlocked.Read(ref ok);

    public long RefusalsWithRetryInfo => Interlocked.Read(ref withRetryInfo);

    public void Count(CallStatus status)
    {
        if (status.IsOk)
        {
            Interlocked.Increment(ref ok);
            return;
        }

        byCode.AddOrUpdate(CallStatus.Name(status.Code), 1, static (_, n) => n + 1);
        if (status.Reason.Length > 0)
        {
            byReason.AddOrUpdate($"{CallStatus.Name(status.Code)} {status.Reason}", 1, static (_, n) => n + 1);
        }

        if (status.HasRetryInfo)
        {
            Interlocked.Increment(ref withRetryInfo);
        }
    }

    /// <summary>Every code seen with its count, OK included.</summary>
    public SortedDictionary<string, long> ByCode()
    {
        var codes = new SortedDictionary<string, long>(byCode, StringComparer.Ordinal);
        if (Ok > 0)
        {
            codes[CallStatus.Name(StatusCode.OK)] = Ok;
        }

        return codes;
    }

    public SortedDictionary<string, long> ByReason() => new(byReason, StringComparer.Ordinal);
}
