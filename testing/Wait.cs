using System.Diagnostics;

namespace Interop.Testing;

/// <summary>
/// The one wait-until of the tests (grpc-dotnet's AssertIsTrueRetryAsync): polls a condition until it
/// holds, and fails the test with what was awaited when it does not within the timeout.
/// </summary>
internal static class Wait
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>Waits until <paramref name="condition"/> holds; <paramref name="awaited"/> says what for, <paramref name="detail"/> adds what helps read a failure (a log's tail).</summary>
    public static Task UntilAsync(Func<bool> condition, string awaited, TimeSpan? timeout = null, TimeSpan? interval = null, Func<string>? detail = null)
        => UntilAsync(() => Task.FromResult(condition()), awaited, timeout, interval, detail);

    /// <summary>Waits until the asynchronous <paramref name="condition"/> holds.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string awaited, TimeSpan? timeout = null, TimeSpan? interval = null, Func<string>? detail = null)
    {
        var limit = timeout ?? DefaultTimeout;
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed >= limit)
            {
                var more = detail?.Invoke();
                Assert.Fail($"waited {limit.TotalSeconds:0.#} s for {awaited}" + (string.IsNullOrEmpty(more) ? "" : "\n" + more));
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <summary>Polls <paramref name="probe"/> until its value satisfies <paramref name="done"/>; answers that value.</summary>
    public static async Task<T> ForAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string awaited, TimeSpan? timeout = null, TimeSpan? interval = null, Func<T, string>? detail = null)
    {
        var value = default(T)!;
        await UntilAsync(
            async () => done(value = await probe()),
            awaited,
            timeout,
            interval,
            detail is null ? null : () => detail(value));
        return value;
    }
}
