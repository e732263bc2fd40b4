using Interop.Hub.Registry;
using Interop.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Interop.Hub.Services;

/// <summary>
/// Healthy when the registry is in force and the store can be written: health checking answers
/// NOT_SERVING while the store is unusable and SERVING again, without a restart, once it recovers.
/// A probe result is reused for a second so that frequent checks do not load the store. A probe
/// waits behind the disk sync in progress: one that has not committed within <see cref="Patience"/>
/// answers NOT_SERVING (a stalled disk acknowledges nothing) instead of a check that hangs with the
/// disk, and it stays the one probe in flight until it ends, so stalled checks do not pile up writes.
/// </summary>
internal sealed class StoreHealthCheck(IStoreEngine store, RegistryHolder registry, TimeProvider time, ILogger<StoreHealthCheck> logger) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan Reuse = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(2);
    private readonly SemaphoreSlim probing = new(1, 1);
    private (DateTimeOffset At, bool Writable)? last;
    private Task<bool>? probe;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!registry.IsLoaded)
        {
            return HealthCheckResult.Unhealthy("starting");
        }

        await probing.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (probe is { IsCompleted: true } || last is not { } previous || now - previous.At > Reuse)
            {
                var writable = await ProbeAsync(cancellationToken);
                if (last?.Writable != writable)
                {
                    HubLog.StoreHealth(logger, writable);
                }

                last = (now, writable);
            }

            return last.Value.Writable ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("the store cannot be written");
        }
        finally
        {
            probing.Release();
        }
    }

    private async Task<bool> ProbeAsync(CancellationToken cancellationToken)
    {
        // Not the caller's token: the probe is shared with the checks that come after this one.
        var pending = probe ??= store.IsWritableAsync(CancellationToken.None);
        try
        {
            return await pending.WaitAsync(Patience, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return false;
        }
        finally
        {
            if (pending.IsCompleted)
            {
                probe = null;
            }
        }
    }

    public void Dispose() => probing.Dispose();
}
