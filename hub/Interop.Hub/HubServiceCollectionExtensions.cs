using Grpc.AspNetCore.Server.Model;
using Interop.Hub.Checkpoints;
using Interop.Hub.Diagnostics;
using Interop.Hub.Errors;
using Interop.Hub.Transport;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Interop.Hub.Identity;
using Interop.Hub.Inbox;
using Interop.Hub.Keys;
using Interop.Hub.Lookup;
using Interop.Hub.Queries;
using Interop.Hub.Registry;
using Interop.Hub.Services;
using Interop.Hub.WritePath;
using Interop.Store.Sqlite;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Interop.Hub;

/// <summary>Registration of the hub's services.</summary>
public static class HubServiceCollectionExtensions
{
    /// <summary>The store file inside the data directory.</summary>
    public const string StoreFileName = "hub.db";

    /// <summary>Adds the hub: options, the embedded store, the write path, queries, gRPC with its error interceptor, health and reflection.</summary>
    public static IServiceCollection AddHub(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HubOptions>().Bind(configuration.GetSection("Hub")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSqliteStore(provider =>
        {
            var options = provider.GetRequiredService<IOptions<HubOptions>>().Value;
            return new SqliteStoreOptions { Path = Path.Combine(options.DataDirectory, StoreFileName), AllowWeakDurability = options.AllowWeakDurability, SyncCommits = options.SyncCommits };
        });
        services.AddSingleton<RegistryHolder>();
        services.AddSingleton<RegistryRecorder>();
        services.AddSingleton<RegistryStartup>();
        services.AddSingleton<CallerAuthenticator>();
        services.AddSingleton<ClientCertificateTrust>();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelTls>();
        services.AddSingleton<IConfigureOptions<KestrelServerOptions>, KestrelKeepAlive>();
        services.AddSingleton<HubSigningKey>();
        services.AddSingleton<ReceiptSigner>();
        services.AddSingleton<LogCheckpoints>();
        services.AddSingleton<ICheckpointSource>(provider => provider.GetRequiredService<LogCheckpoints>());
        services.AddSingleton<HubMetrics>();
        services.AddSingleton<RefusalRecorder>();
        services.AddSingleton<WriteAdmission>();
        services.AddSingleton<EventSeal>();
        services.AddSingleton<CodeNumbers>();
        services.AddSingleton<CommandPipeline>();
        services.AddSingleton<DossierQueries>();
        services.AddSingleton<AuditQueries>();
        services.AddSingleton<RegistryQueries>();
        services.AddSingleton<InboxMetrics>();
        services.AddSingleton<InboxDoorbells>();
        services.AddSingleton<ActiveStreams>();
        services.AddSingleton<DeliveryMarks>();
        services.AddSingleton<InboxItems>();
        services.AddSingleton<InboxCursors>();
        services.AddSingleton<InboxDelivery>();
        services.AddOptions<LookupOptions>().Bind(configuration.GetSection("Hub:Lookup")).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ILookupSecretKey, HubLookupSecretKey>();
        services.AddSingleton<LookupSecrets>();
        services.AddSingleton<LookupRateLimits>();
        services.AddSingleton<CitizenLookup>();
        // Hosted services start in this order: the key before the store opens (a store without its key
        // stops the hub), the first checkpoint after it, so that ICheckpointSource.Latest is set before serving.
        services.AddHostedService<HubKeyStartup>();
        services.AddHostedService<HubStartup>();
        services.AddHostedService<CodeNumberReservations>();
        services.AddHostedService<RegistryReloader>();
        services.AddHostedService(provider => provider.GetRequiredService<LogCheckpoints>());
        services.AddHostedService<InboxPublication>();
        services.AddHostedService<InboxRetentionService>();

        services.AddGrpc(options =>
        {
            // In this order: errors of the authentication step become statuses like any other.
            options.Interceptors.Add<ErrorInterceptor>();
            options.Interceptors.Add<AuthenticationInterceptor>();

            // The request guard enforces HubOptions.MaxMessageBytes with the standard's error details.
            options.MaxReceiveMessageSize = null;
        });
        services.RemoveAll(typeof(IServiceMethodProvider<>));
        services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IServiceMethodProvider<>), typeof(GuardedServiceMethodProvider<>)));
        services.AddGrpcReflection();
        services.AddSingleton<StoreHealthCheck>();
        services.AddGrpcHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    /// <summary>Maps the services of the standard, health, reflection and the store's diagnostics.</summary>
    public static WebApplication MapHub(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseMiddleware<OverloadShedding>();
        app.MapGrpcService<DossierServiceImpl>();
        app.MapGrpcService<InboxServiceImpl>();
        app.MapGrpcService<RegistryServiceImpl>();
        app.MapGrpcService<AuditServiceImpl>();
        app.MapGrpcService<CitizenLookupServiceImpl>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        app.MapStoreDiagnostics();
        return app;
    }
}
