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
        options = options with
        {
            Folder = Path.GetFullPath(Path.Combine(folder, options.Folder)),
            OnboardingFile = options.OnboardingFile.Length == 0 ? "" : Path.GetFullPath(Path.Combine(folder, options.OnboardingFile)),
        };
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new DeskToHub(
            services.GetRequiredService<HubConnection>(), services.GetRequiredService<AdapterCheckpoint>(), options, services.GetRequiredService<AdapterOptions>().Name));
        builder.Services.AddSingleton(services => new Onboarding(
            services.GetRequiredService<HubConnection>(), services.GetRequiredService<AdapterCheckpoint>(), options, services.GetRequiredService<AdapterOptions>().Name));
        builder.Services.AddHostedService<OnboardingOnFirstStart>();
        builder.Services.AddSingleton<ILegacyInboxWriter, DeskInboxWriter>();
        builder.Services.AddSingleton<ExportWatcher>();
        builder.Services.AddHostedService(services => services.GetRequiredService<ExportWatcher>());
        return builder;
    }

    /// <summary>Prints what the first start would import, skip and park from <c>FileDrop:OnboardingFile</c>, and appends nothing.</summary>
    public static async Task<int> OnboardingDryRunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var builder = CreateBuilder(args);
        await using var app = builder.Build();
        var options = app.Services.GetRequiredService<FileDropOptions>();
        if (options.OnboardingFile.Length == 0)
        {
            await output.WriteLineAsync("FileDrop:OnboardingFile is not set: nothing to import");
            return 1;
        }

        var export = Format.DeskFile.Read(await File.ReadAllBytesAsync(options.OnboardingFile), options.Layout, options.Encoding);
        var report = await app.Services.GetRequiredService<Onboarding>().RunAsync(export, dryRun: true, CancellationToken.None);
        foreach (var line in report.Lines)
        {
            await output.WriteLineAsync(line);
        }

        await output.WriteLineAsync($"{report.Imported} to import, {report.Skipped} closed to skip, {report.Parked} to park");
        return 0;
    }
}
