using Grpc.Net.Client;
using Interop.Store;
using Interop.Store.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// The real hub inside the test process, on real Kestrel over loopback, with its SQLite store opened
/// with a test hook: the way to hold a disk sync while calls are in flight.
/// </summary>
internal sealed class InProcessHub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly string dataDirectory;

    private InProcessHub(WebApplication app, string dataDirectory, Uri address)
    {
        this.app = app;
        this.dataDirectory = dataDirectory;
        Address = address;
        Channel = GrpcChannel.ForAddress(address);
    }

    public Uri Address { get; }

    public GrpcChannel Channel { get; }

    /// <summary>Starts a hub on a fresh data directory, its store opened with a BeforeCommit hook and, if given, wrapped.</summary>
    public static async Task<InProcessHub> StartAsync(Func<CancellationToken, Task>? beforeCommit = null, Func<IDossierStore, IDossierStore>? wrap = null)
    {
        var data = Directory.CreateTempSubdirectory("interop-hub-").FullName;
        var app = HubApplication.Build(
            ["--urls", "http://127.0.0.1:0", $"--Hub:DataDirectory={data}", "--Logging:LogLevel:Default=Warning"],
            services =>
            {
                services.Replace(ServiceDescriptor.Singleton(provider => new SqliteStore(
                    new SqliteStoreOptions { Path = Path.Combine(data, HubServiceCollectionExtensions.StoreFileName), BeforeCommit = beforeCommit },
                    provider.GetRequiredService<ILogger<SqliteStore>>())));
                if (wrap is not null)
                {
                    services.Replace(ServiceDescriptor.Singleton(provider => wrap(provider.GetRequiredService<SqliteStore>())));
                }
            });
        await app.StartAsync();
        if (wrap is not null)
        {
            // The hub makes its dossier store on first use; make it now, so that the test holds the wrapper before its first call.
            app.Services.GetRequiredService<IDossierStore>();
        }

        return new InProcessHub(app, data, new Uri(app.Urls.Single()));
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
