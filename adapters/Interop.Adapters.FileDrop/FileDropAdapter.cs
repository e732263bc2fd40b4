using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hosting;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Inbox;

namespace Interop.Adapters.FileDrop;

/// <summary>The file-drop family on the SDK's host: the export watcher, and the desk's inbox into import files.</summary>
public static class FileDropAdapter
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = AdapterHost.CreateBuilder(args);
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.Configuration["config"] ?? "adapter.json"))!;
        var options = builder.Configuration.GetSection("FileDrop").Get<FileDropOptions>()
            ?? throw new InvalidOperationException("The FileDrop section is required (Folder, Site).");
        options = options with { Folder = Path.GetFullPath(Path.Combine(folder, options.Folder)) };
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new DeskToHub(
            services.GetRequiredService<HubConnection>(), services.GetRequiredService<AdapterCheckpoint>(), options, services.GetRequiredService<AdapterOptions>().Name));
        builder.Services.AddSingleton<ILegacyInboxWriter, DeskInboxWriter>();
        builder.Services.AddSingleton<ExportWatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ExportWatcher>());
        return builder;
    }
}
