using Interop.Hub.Registry;
using Interop.Store;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Interop.Hub.Services;

/// <summary>
/// Healthy when the registry is in force and the store can be written: health checking answers
/// NOT_SERVING while the store is unusable and SERVING again, without a restart, once it recovers.
/// A probe result is reused for a second so that frequent checks do not load the store.
/// </summary>
internal sealed class StoreHealthCheck(IDossierStore store, RegistryHolder registry, TimeProvider time, ILogger<StoreHealthCheck> logger) : IHealthCheck, IDisposable
{
    private static readonly TimeSpan Reuse = TimeSpan.FromSeconds(1);
    private readonly SemaphoreSlim probing = new(1, 1);
    private (DateTimeOffset At, bool Writable)? last;

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
            if (last is not { } previous || now - previous.At > Reuse)
            {
                var writable = await store.IsWritableAsync(cancellationToken);
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

    public void Dispose() => probing.Dispose();
}
