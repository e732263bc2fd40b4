using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Inbox;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Interop.Adapters.Sdk.Hosting;

/// <summary>One <see cref="InboxFollower"/> per configured agency, into the family's <see cref="ILegacyInboxWriter"/> (none: no inbox is followed).</summary>
internal sealed class InboxWorkers(IServiceProvider services, AdapterOptions adapter, HubConnection hub, AdapterCheckpoint checkpoint, AdapterHealth health, ILoggerFactory logs)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var writer = services.GetService<ILegacyInboxWriter>();
        if (writer is null || adapter.Agencies.Count == 0)
        {
            return Task.CompletedTask;
        }

        var followers = adapter.Agencies.Select(agency =>
        {
            var follower = new InboxFollower(hub, checkpoint, agency, writer, logs.CreateLogger("Interop.Adapters.Inbox"));
            health.Follow(agency, follower);
            return RunAsync(agency, follower, stoppingToken);
        });
        return Task.WhenAll(followers);
    }

    private async Task RunAsync(string agency, InboxFollower follower, CancellationToken stoppingToken)
    {
        try
        {
            await follower.RunAsync(stoppingToken);
        }
        catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
        {
            // The legacy side failed in a way the follower does not know (its store is down): say so in
            // health, and let the service manager restart the process, which resumes from the checkpoint.
            health.Failed(agency, exception);
            throw;
        }
    }
}
