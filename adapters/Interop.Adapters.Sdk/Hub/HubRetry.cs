using Google.Rpc;
using Grpc.Core;

namespace Interop.Adapters.Sdk.Hub;

/// <summary>
/// How the SDK calls the hub: each attempt with its own deadline; UNAVAILABLE, ABORTED and
/// DEADLINE_EXCEEDED retried with exponential back-off and full jitter, RESOURCE_EXHAUSTED retried
/// after the hub's RetryInfo delay (STANDARD ERR-6); the call is the same on every attempt, so a
/// mutation repeats its request id and the hub appends it once. Any other status is the answer.
/// </summary>
public sealed class HubRetry(HubRetryOptions options, TimeProvider time)
{
    public HubRetry(HubRetryOptions options)
        : this(options, TimeProvider.System)
    {
    }

    /// <summary>Runs the call until it answers, fails with a status that is not retried, or the attempts run out.</summary>
    public async Task<T> CallAsync<T>(Func<CallOptions, Task<T>> call, Metadata? headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var deadline = time.GetUtcNow().UtcDateTime + options.AttemptTimeout;
                return await call(new CallOptions(headers, deadline, cancellationToken));
            }
            catch (RpcException exception) when (attempt < options.MaxAttempts && DelayBefore(exception, attempt) is { } delay && !cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }

    /// <summary>The wait before the next attempt after this failure, or null when the status is the answer.</summary>
    internal TimeSpan? DelayBefore(RpcException exception, int attempt)
    {
        switch (exception.StatusCode)
        {
            case StatusCode.Unavailable or StatusCode.Aborted or StatusCode.DeadlineExceeded:
                return Jittered(attempt);
            case StatusCode.ResourceExhausted when RetryDelayOf(exception) is { } hubDelay:
                // The hub said when; a little jitter so that refused members do not come back at once.
                return hubDelay + TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * hubDelay.TotalMilliseconds / 4);
            default:
                return null;
        }
    }

    private TimeSpan Jittered(int attempt)
    {
        // Full jitter (a random wait up to the exponential bound), so clients that failed together spread out.
        var bound = Math.Min(options.MaxBackoff.TotalMilliseconds, options.FirstBackoff.TotalMilliseconds * Math.Pow(2, attempt - 1));
        return TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * bound);
    }

    private static TimeSpan? RetryDelayOf(RpcException exception)
        => exception.GetRpcStatus()?.GetDetail<RetryInfo>()?.RetryDelay?.ToTimeSpan();
}

/// <summary>The retry settings of <see cref="HubRetry"/>.</summary>
public sealed record HubRetryOptions
{
    /// <summary>The deadline of one attempt.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The bound of the first back-off; it doubles per attempt up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Attempts before the last failure is the answer: enough to ride out a hub restart.</summary>
    public int MaxAttempts { get; init; } = 30;
}
