using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Interop.Store.Sqlite;

/// <summary>Registers the SQLite store (as Npgsql's <c>AddNpgsqlDataSource</c> registers its data source).</summary>
public static class SqliteStoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds one <see cref="SqliteStore"/> and registers it under every interface of the storage port, so
    /// that all of them share its writer. Does nothing for what is already registered.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="options">Makes the store's options once, when the store is first asked for.</param>
    public static IServiceCollection AddSqliteStore(this IServiceCollection services, Func<IServiceProvider, SqliteStoreOptions> options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        services.TryAddSingleton(provider => new SqliteStore(options(provider), provider.GetRequiredService<ILogger<SqliteStore>>()));
        services.TryAddSingleton<IStoreEngine>(provider => provider.GetRequiredService<SqliteStore>());
        services.TryAddSingleton<IDossierStore>(provider => provider.GetRequiredService<SqliteStore>());
        services.TryAddSingleton<IEventLog>(provider => provider.GetRequiredService<SqliteStore>());
        services.TryAddSingleton<IInboxStore>(provider => provider.GetRequiredService<SqliteStore>());
        services.TryAddSingleton<IClaimStore>(provider => provider.GetRequiredService<SqliteStore>());
        services.TryAddSingleton<IRefusalLog>(provider => provider.GetRequiredService<SqliteStore>());
        services.TryAddSingleton<IRegistryStore>(provider => provider.GetRequiredService<SqliteStore>());
        return services;
    }
}
