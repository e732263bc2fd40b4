using Interop.Bench.Report;
using Interop.Load.Measure;
using Interop.Load.Runs;

namespace Interop.Bench.Tests;

public sealed class StatusCheckTests
{
    [Fact]
    public void Overload_refusals_with_retry_info_are_expected_only_under_overload()
    {
        var result = Result(new() { ["OK"] = 10, ["RESOURCE_EXHAUSTED"] = 5 }, new() { ["RESOURCE_EXHAUSTED HUB_OVERLOADED"] = 5 }, withRetryInfo: 5);

        Assert.Empty(StatusCheck.Unexpected(result, overloadAllowed: true));
        Assert.NotEmpty(StatusCheck.Unexpected(result, overloadAllowed: false));
    }

    [Fact]
    public void A_refusal_without_retry_info_or_of_another_reason_is_unexpected()
    {
        var result = Result(new() { ["OK"] = 10, ["RESOURCE_EXHAUSTED"] = 5 }, new() { ["RESOURCE_EXHAUSTED MESSAGE_TOO_LARGE"] = 5 }, withRetryInfo: 0);

        Assert.Equal(2, StatusCheck.Unexpected(result, overloadAllowed: true).Count());
    }

    private static LoadResult Result(SortedDictionary<string, long> statuses, SortedDictionary<string, long> reasons, long withRetryInfo) => new()
    {
        Mode = "open",
        Target = "http://127.0.0.1:1/",
        Seconds = 1,
        Sent = statuses.Values.Sum(),
        Ok = statuses.GetValueOrDefault("OK"),
        Latency = LatencyFigures.None,
        RefusalLatency = LatencyFigures.None,
        Statuses = statuses,
        Reasons = reasons,
        RefusalsWithRetryInfo = withRetryInfo,
    };
}
