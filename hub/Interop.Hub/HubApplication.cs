using Interop.Hub.Identity;
using Interop.Hub.Transport;
using Microsoft.Extensions.Options;

namespace Interop.Hub;

/// <summary>Composes the hub: gRPC services of the standard, health checking and reflection.</summary>
public static class HubApplication
{
    /// <summary>The address the hub listens on unless <c>--urls</c> or configuration says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:50051";

    /// <summary>Builds the hub from command-line arguments (<c>--urls</c> and any configuration key, e.g. <c>--Hub:DataDirectory=/var/lib/interop</c>).</summary>
    /// <param name="args">The command line.</param>
    /// <param name="configure">Runs after the hub's own registrations, so that a test host can replace one (e.g. the store, with its test hooks).</param>
    public static WebApplication Build(string[] args, Action<IServiceCollection>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddHub(builder.Configuration);
        configure?.Invoke(builder.Services);

        var app = builder.Build();
        var options = app.Services.GetRequiredService<IOptions<HubOptions>>().Value;
        var urls = app.Configuration["urls"] ?? DefaultUrl;
        ListenAddresses.Check(options.Tls, urls);
        if (DevelopmentTokens.Active(options) is { Count: > 0 } tokens)
        {
            RequireLoopback(urls);
            HubLog.DevelopmentTokens(app.Logger, tokens.Count);
        }

        app.MapHub();
        return app;
    }

    /// <summary>Development tokens travel in clear text: the hub refuses to listen on anything but loopback with them.</summary>
    private static void RequireLoopback(string urls)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries))
        {
            if (!ListenAddresses.IsLoopback(url))
            {
                throw new InvalidOperationException($"development tokens are configured: the hub listens on loopback only, not {url}");
            }
        }
    }
}
