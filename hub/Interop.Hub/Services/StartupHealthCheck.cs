using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Interop.Hub.Services;

/// <summary>Healthy once the host has started serving; the store's check joins it with the write path.</summary>
internal sealed class StartupHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        => Task.FromResult(lifetime.ApplicationStarted.IsCancellationRequested
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("starting"));
}
