using Interop.Hub.Services;

namespace Interop.Hub;

/// <summary>Registration of the hub's services.</summary>
public static class HubServiceCollectionExtensions
{
    /// <summary>Adds gRPC, health checking (service "" SERVING once started) and reflection.</summary>
    public static IServiceCollection AddHub(this IServiceCollection services)
    {
        services.AddGrpc();
        services.AddGrpcReflection();
        services.AddSingleton<StartupHealthCheck>();
        services.AddGrpcHealthChecks().AddCheck<StartupHealthCheck>("startup");
        return services;
    }

    /// <summary>Maps the services of the standard, health and reflection.</summary>
    public static WebApplication MapHub(this WebApplication app)
    {
        app.MapGrpcService<DossierServiceImpl>();
        app.MapGrpcService<InboxServiceImpl>();
        app.MapGrpcService<RegistryServiceImpl>();
        app.MapGrpcService<AuditServiceImpl>();
        app.MapGrpcService<CitizenLookupServiceImpl>();
        app.MapGrpcHealthChecksService();
        app.MapGrpcReflectionService();
        return app;
    }
}
