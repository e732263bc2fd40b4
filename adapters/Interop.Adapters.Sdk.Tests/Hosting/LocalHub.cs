using Interop.Adapters.Sdk.Hub;
using Interop.Hub;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Interop.Adapters.Sdk.Tests.Hosting;

/// <summary>
/// The real hub on loopback for the SDK's tests, composed as its Program.cs composes it, on Kestrel
/// bound to port 0, with the sample registry and its development tokens. Adapters reach it only
/// through <see cref="Connect"/>, as they reach a hub in production.
/// </summary>
internal sealed class LocalHub : IAsyncDisposable
{
    public const string DeskToken = "dev-igate-gialai";
    public const string LandOfficeToken = "dev-vbdlis-gialai";

    private readonly WebApplication app;
    private readonly TempDirectory data;

    private LocalHub(WebApplication app, TempDirectory data, Uri address)
    {
        this.app = app;
        this.data = data;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>Starts the hub; on <paramref name="clock"/> when given (a story told over several days, in a few seconds).</summary>
    public static async Task<LocalHub> StartAsync(TimeProvider? clock = null)
    {
        var data = new TempDirectory("interop-adapter-hub-");
        var app = HubApplication.Build(
            ["--urls", "http://127.0.0.1:0", $"--Hub:DataDirectory={data.Path}", "--Hub:MinWritesInFlight=64"],
            services =>
            {
                // Quiet, unless LOCAL_HUB_LOG is set to read the hub's log while a test is debugged.
                if (Environment.GetEnvironmentVariable("LOCAL_HUB_LOG") is null)
                {
                    services.RemoveAll<ILoggerProvider>();
                }

                if (clock is not null)
                {
                    services.Replace(ServiceDescriptor.Singleton(clock));
                }
            });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new LocalHub(app, data, new Uri(address));
    }

    public HubConnection Connect(string token, HubRetryOptions? retry = null)
        => new(new HubConnectionOptions { Address = Address, DevelopmentToken = token, Retry = retry ?? new HubRetryOptions() });

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        data.Dispose();
    }
}
