using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Inbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Interop.Adapters.Sdk.Hosting;

/// <summary>
/// An adapter as a worker process, configured by one JSON file (<c>--config</c>, else
/// <c>adapter.json</c> in the working directory) with the sections <c>Hub</c>
/// (<see cref="HubConnectionOptions"/>), <c>Adapter</c> (<see cref="AdapterOptions"/>) and the
/// family's own; every setting can also be given on the command line (<c>--Adapter:Name=…</c>). It
/// runs one <see cref="InboxFollower"/> per configured agency into the family's
/// <see cref="ILegacyInboxWriter"/>, and the family's own workers; it answers a health probe at
/// <c>GET /health</c>; it logs JSON lines with ids, sequences and reasons, never a record's content;
/// on SIGTERM or Ctrl-C it stops its workers and returns when each has recorded what it did.
/// </summary>
public static class AdapterHost
{
    /// <summary>The builder: configuration read, the hub connection, the checkpoint and the health probe registered.</summary>
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var file = Path.GetFullPath(new ConfigurationBuilder().AddCommandLine(args).Build()["config"] ?? "adapter.json");
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The adapter's configuration file {file} does not exist (pass --config FILE).", file);
        }

        // Only the one file, and the command line over it: no appsettings.json of whatever folder it runs in.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Path.GetDirectoryName(file) });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddJsonFile(file, optional: false, reloadOnChange: false).AddCommandLine(args);
        var folder = Path.GetDirectoryName(file)!;
        var adapter = builder.Configuration.GetSection("Adapter").Get<AdapterOptions>() ?? new AdapterOptions();
        if (string.IsNullOrWhiteSpace(adapter.Name))
        {
            throw new InvalidOperationException($"{file}: Adapter:Name is required (it is part of every request id the adapter derives).");
        }

        adapter = adapter with { Checkpoint = Path.GetFullPath(Path.Combine(folder, adapter.Checkpoint)) };
        var hub = HubOptionsOf(builder.Configuration.GetSection("Hub"), folder);

        builder.WebHost.UseUrls(adapter.Health);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http1AndHttp2));
        builder.Logging.ClearProviders();
        builder.Logging.AddJsonConsole(json => json.IncludeScopes = false);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(30));
        builder.Services.AddSingleton(adapter);
        builder.Services.AddSingleton(_ => new HubConnection(hub));
        builder.Services.AddSingleton(_ => AdapterCheckpoint.Open(adapter.Checkpoint));
        builder.Services.AddSingleton<AdapterHealth>();
        builder.Services.AddHostedService<InboxWorkers>();
        return builder;
    }

    /// <summary>The built adapter with its health probe mapped.</summary>
    public static WebApplication Build(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var app = builder.Build();
        app.MapGet("/health", (AdapterHealth health) =>
        {
            var report = health.Report();
            return Results.Json(report, statusCode: report.Status == "serving" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }

    private static HubConnectionOptions HubOptionsOf(IConfigurationSection section, string folder)
    {
        string? PathOf(string key) => section[key] is { Length: > 0 } relative ? Path.GetFullPath(Path.Combine(folder, relative)) : null;
        var address = section["Address"] ?? throw new InvalidOperationException("Hub:Address is required.");
        return new HubConnectionOptions
        {
            Address = new Uri(address),
            DevelopmentToken = section["DevelopmentToken"],
            ClientCertificate = PathOf("ClientCertificate"),
            ClientKey = PathOf("ClientKey"),
            HubCa = PathOf("HubCa"),
            Retry = section.GetSection("Retry").Get<HubRetryOptions>() ?? new HubRetryOptions(),
        };
    }
}
