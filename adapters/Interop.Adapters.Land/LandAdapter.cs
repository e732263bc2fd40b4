using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hosting;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Inbox;

namespace Interop.Adapters.Land;

/// <summary>The land-registration family on the SDK's host: the land office's inbox into transfers, the land system's feed into the hub.</summary>
public static class LandAdapter
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = AdapterHost.CreateBuilder(args);
        var options = builder.Configuration.GetSection("Land").Get<LandOptions>()
            ?? throw new InvalidOperationException("The Land section is required (Address, ClientId, ClientSecret, AgencyId).");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new LandClient(new HttpClient { BaseAddress = options.Address.AbsoluteUri.EndsWith('/') ? options.Address : new Uri(options.Address.AbsoluteUri + "/") }, options));
        builder.Services.AddSingleton<ILegacyInboxWriter>(services => new LandInboxWriter(
            services.GetRequiredService<LandClient>(), services.GetRequiredService<HubConnection>(), services.GetRequiredService<AdapterCheckpoint>(), options, services.GetRequiredService<AdapterOptions>().Name));
        builder.Services.AddSingleton(services => new LandFeed(
            services.GetRequiredService<LandClient>(), services.GetRequiredService<HubConnection>(), services.GetRequiredService<AdapterCheckpoint>(), options, services.GetRequiredService<AdapterOptions>().Name));
        builder.Services.AddHostedService<LandFeedWorker>();
        return builder;
    }
}
