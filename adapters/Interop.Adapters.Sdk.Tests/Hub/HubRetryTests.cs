using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Interop.Adapters.Sdk.Hub;

namespace Interop.Adapters.Sdk.Tests.Hub;

public sealed class HubRetryTests : IDisposable
{
    private static readonly HubRetryOptions Fast = new() { FirstBackoff = TimeSpan.FromMilliseconds(5), MaxBackoff = TimeSpan.FromMilliseconds(20), MaxAttempts = 5 };

    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    private CancellationToken Ct => timeout.Token;

    [Theory]
    [InlineData(StatusCode.Unavailable)]
    [InlineData(StatusCode.Aborted)]
    [InlineData(StatusCode.DeadlineExceeded)]
    public async Task A_transient_failure_is_retried_with_the_same_call_until_it_answers(StatusCode transient)
    {
        var retry = new HubRetry(Fast);
        var attempts = 0;

        var answer = await retry.CallAsync(_ => ++attempts < 3 ? throw new RpcException(new Grpc.Core.Status(transient, "down")) : Task.FromResult("ok"), null, Ct);

        Assert.Equal(("ok", 3), (answer, attempts));
    }

    [Fact]
    public async Task A_refusal_is_the_answer_at_once()
    {
        var retry = new HubRetry(Fast);
        var attempts = 0;

        var refused = await Assert.ThrowsAsync<RpcException>(() => retry.CallAsync<string>(_ => { attempts++; throw new RpcException(new Grpc.Core.Status(StatusCode.InvalidArgument, "bad")); }, null, Ct));

        Assert.Equal((StatusCode.InvalidArgument, 1), (refused.StatusCode, attempts));
    }

    [Fact]
    public async Task Overload_is_retried_after_the_hubs_retry_delay_and_without_retry_info_it_is_the_answer()
    {
        var retry = new HubRetry(Fast);
        var overloaded = new Google.Rpc.Status { Code = (int)Code.ResourceExhausted, Message = "overloaded" };
        overloaded.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromMilliseconds(150)) }));
        var attempts = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();

        var answer = await retry.CallAsync(_ => ++attempts == 1 ? throw overloaded.ToRpcException() : Task.FromResult("ok"), null, Ct);

        Assert.Equal(("ok", 2), (answer, attempts));
        Assert.True(started.Elapsed >= TimeSpan.FromMilliseconds(150), $"retried after {started.Elapsed.TotalMilliseconds} ms");
        await Assert.ThrowsAsync<RpcException>(() => retry.CallAsync<string>(_ => throw new RpcException(new Grpc.Core.Status(StatusCode.ResourceExhausted, "quota")), null, Ct));
    }

    [Fact]
    public async Task Every_attempt_has_its_own_deadline_and_the_attempts_end()
    {
        var retry = new HubRetry(Fast with { AttemptTimeout = TimeSpan.FromSeconds(3) });
        var deadlines = new List<DateTime?>();

        await Assert.ThrowsAsync<RpcException>(() => retry.CallAsync<string>(options => { deadlines.Add(options.Deadline); throw new RpcException(new Grpc.Core.Status(StatusCode.Unavailable, "down")); }, null, Ct));

        Assert.Equal(Fast.MaxAttempts, deadlines.Count);
        Assert.All(deadlines, d => Assert.InRange(d!.Value, DateTime.UtcNow, DateTime.UtcNow.AddSeconds(3)));
    }

    [Fact]
    public void Request_ids_derive_from_the_record_version_and_step_and_fit_the_standard()
    {
        var id = AdapterRequestIds.For("file-drop (Diên Hồng)", "BN-0001", "v1", "receive");

        Assert.Equal(id, AdapterRequestIds.For("file-drop (Diên Hồng)", "BN-0001", "v1", "receive"));
        Assert.NotEqual(id, AdapterRequestIds.For("file-drop (Diên Hồng)", "BN-0001", "v2", "receive"));
        Assert.NotEqual(id, AdapterRequestIds.For("file-drop (Diên Hồng)", "BN-0001", "v1", "hand-over"));
        Assert.NotEqual(id, AdapterRequestIds.For("land", "BN-0001", "v1", "receive"));
        Assert.StartsWith("file-drop__Di_n_H_ng_-", id, StringComparison.Ordinal);
        Assert.InRange(id.Length, 1, 128);
        Assert.All(id, c => Assert.InRange(c, '!', '~'));
    }

    public void Dispose() => timeout.Dispose();
}
