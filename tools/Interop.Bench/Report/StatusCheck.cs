using Interop.Load.Runs;

namespace Interop.Bench.Report;

/// <summary>
/// The statuses a scenario may see: OK only, and under overload also RESOURCE_EXHAUSTED HUB_OVERLOADED
/// with a RetryInfo, and UNAVAILABLE. A run with no OK at all is unexpected too.
/// </summary>
internal static class StatusCheck
{
    public static IEnumerable<string> Unexpected(LoadResult result, bool overloadAllowed)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Ok == 0)
        {
            yield return "no call was answered OK";
        }

        foreach (var (code, count) in result.Statuses)
        {
            if (code != "OK" && !(overloadAllowed && code is "RESOURCE_EXHAUSTED" or "UNAVAILABLE"))
            {
                yield return $"{count} × {code} ({string.Join(", ", result.Reasons.Where(r => r.Key.StartsWith(code, StringComparison.Ordinal)).Select(r => r.Key))})";
            }
        }

        if (!overloadAllowed)
        {
            yield break;
        }

        foreach (var (reason, count) in result.Reasons)
        {
            if (reason.StartsWith("RESOURCE_EXHAUSTED", StringComparison.Ordinal) && reason != "RESOURCE_EXHAUSTED HUB_OVERLOADED")
            {
                yield return $"{count} × {reason}";
            }
        }

        var exhausted = result.Statuses.GetValueOrDefault("RESOURCE_EXHAUSTED");
        if (result.RefusalsWithRetryInfo < exhausted)
        {
            yield return $"{exhausted - result.RefusalsWithRetryInfo} RESOURCE_EXHAUSTED without RetryInfo";
        }
    }
}
