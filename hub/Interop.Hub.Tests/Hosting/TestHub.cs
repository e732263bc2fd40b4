using System.Security.Cryptography.X509Certificates;
using Grpc.Net.Client;
using Interop.Hub.Tests.Tls;
using Interop.Store;
using Interop.Store.Sqlite;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Interop.Hub.Tests.Hosting;

/// <summary>
/// The hub of the tests: the real hub composed as Program.cs composes it, inside the test process, on
/// real Kestrel bound to port 0 on loopback (the port read back from the server's addresses, so no
/// two hubs race for one), its log kept as records (<see cref="Logs"/>). What a class varies is a
/// <see cref="TestHubOptions"/>. A child process is used instead only where a process must die or
/// be measured from outside (<see cref="HubChild"/>).
/// </summary>
internal sealed class TestHub : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly TestHubOptions options;
    private readonly List<GrpcChannel> channels = [];
    private readonly Lazy<GrpcChannel> channel;
    private readonly Lazy<Members> members;
    private TempDirectory? owned;
    private bool stopped;

    private TestHub(WebApplication app, TestHubOptions options, string dataDirectory, TempDirectory? owned, LogRecorder logs, Uri address)
    {
        this.app = app;
        this.options = options;
        this.owned = owned;
        DataDirectory = dataDirectory;
        Logs = logs;
        Address = address;
        channel = new(() => OpenChannel());
        members = new(() => new Members(Channel));
    }

    public Uri Address { get; }

    public string DataDirectory { get; }

    /// <summary>What the hub logged so far.</summary>
    public LogRecorder Logs { get; }

    /// <summary>The log as lines.</summary>
    public IReadOnlyList<string> Output => Logs.Lines;

    /// <summary>The hub's services (its checkpoints, its signing key).</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>A channel over h2c (development tokens); for a TLS hub use <see cref="OpenChannel(X509Certificate2?)"/>.</summary>
    public GrpcChannel Channel => channel.Value;

    /// <summary>The seed registry's members, over <see cref="Channel"/>.</summary>
    public Members Members => members.Value;

    public static async Task<TestHub> StartAsync(TestHubOptions? options = null) => await StartAsync(options ?? new TestHubOptions(), null);

    /// <summary>Another connection to the hub (a channel is one HTTP/2 connection); disposed with the hub.</summary>
    public GrpcChannel OpenChannel()
    {
        var opened = GrpcChannel.ForAddress(Address);
        lock (channels)
        {
            channels.Add(opened);
        }

        return opened;
    }

    /// <summary>A connection to a TLS hub presenting a client certificate (or none), trusting the province CA only.</summary>
    public GrpcChannel OpenChannel(X509Certificate2? client)
    {
        var tls = options.Tls ?? throw new InvalidOperationException("the hub serves no TLS");
        var opened = TlsChannels.Open(Address, tls.Ca, client);
        lock (channels)
        {
            channels.Add(opened);
        }

        return opened;
    }

    /// <summary>Waits until the log has an entry containing the text.</summary>
    public Task WaitForLogAsync(string text, TimeSpan? timeout = null)
        => Wait.UntilAsync(
            () => Logs.Records.Any(r => r.Message.Contains(text, StringComparison.Ordinal)),
            $"the hub to log '{text}'",
            timeout,
            detail: () => Logs.Tail());

    /// <summary>Stops this hub and starts another with the same options on the same data directory (which the new one then owns).</summary>
    public async Task<TestHub> RestartAsync()
    {
        await StopAsync();
        var next = await StartAsync(options with { DataDirectory = DataDirectory }, owned);
        owned = null;
        return next;
    }

    /// <summary>Stops the hub, keeping its data directory until dispose.</summary>
    public async Task StopAsync()
    {
        if (stopped)
        {
            return;
        }

        stopped = true;
        lock (channels)
        {
            foreach (var open in channels)
            {
                open.Dispose();
            }
        }

        await app.StopAsync();
        await app.DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        owned?.Dispose();
    }

    private static async Task<TestHub> StartAsync(TestHubOptions options, TempDirectory? owned)
    {
        owned ??= options.DataDirectory is null ? new TempDirectory("interop-hub-") : null;
        var data = options.DataDirectory ?? owned!.Path;
        var logs = new LogRecorder();
        string[] tls = options.Tls is { } files ? [.. files.HubArgs, .. TlsFiles.NoDevelopmentTokens()] : [];
        var app = HubApplication.Build(
            ["--urls", options.Tls is null ? "http://127.0.0.1:0" : "https://127.0.0.1:0", $"--Hub:DataDirectory={data}", TestAdmission.Floor, .. tls, .. options.Settings],
            services => Configure(services, options, data, logs));
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            owned?.Dispose();
            throw;
        }

        if (options.WrapStore is not null)
        {
            // The hub makes its dossier store on first use; make it now, so that the test holds the wrapper before its first call.
            app.Services.GetRequiredService<IDossierStore>();
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new TestHub(app, options, data, owned, logs, new Uri(addresses.Single()));
    }

    private static void Configure(IServiceCollection services, TestHubOptions options, string data, LogRecorder logs)
    {
        // The log goes to records only: no console in the test process.
        services.RemoveAll<ILoggerProvider>();
        services.AddSingleton<ILoggerProvider>(logs);
        if (options.Time is { } time)
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(time));
        }

        if (options.BeforeCommit is not null)
        {
            services.Replace(ServiceDescriptor.Singleton(provider => new SqliteStore(
                new SqliteStoreOptions { Path = Path.Combine(data, HubServiceCollectionExtensions.StoreFileName), BeforeCommit = options.BeforeCommit },
                provider.GetRequiredService<ILogger<SqliteStore>>())));
        }

        if (options.WrapStore is { } wrap)
        {
            services.Replace(ServiceDescriptor.Singleton(provider => wrap(provider.GetRequiredService<SqliteStore>())));
        }
    }
}
