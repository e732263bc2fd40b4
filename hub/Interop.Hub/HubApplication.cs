namespace Interop.Hub;

/// <summary>Composes the hub: gRPC services of the standard, health checking and reflection.</summary>
public static class HubApplication
{
    /// <summary>The address the hub listens on unless <c>--urls</c> or configuration says otherwise.</summary>
    public const string DefaultUrl = "http://127.0.0.1:50051";

    /// <summary>Builds the hub from command-line arguments (<c>--urls</c> and any configuration key).</summary>
    public static WebApplication Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Services.AddHub();

        var app = builder.Build();
        app.MapHub();
        return app;
    }
}
