using Interop.Adapters.FileDrop.Format;

namespace Interop.Adapters.FileDrop;

/// <summary>Runs the onboarding at the first start, before the export watcher begins (hosted services start in order).</summary>
internal sealed partial class OnboardingOnFirstStart(Onboarding onboarding, FileDropOptions options, ILogger<OnboardingOnFirstStart> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.OnboardingFile.Length == 0 || onboarding.IsDone)
        {
            return;
        }

        var export = DeskFile.Read(await File.ReadAllBytesAsync(options.OnboardingFile, cancellationToken), options.Layout, options.Encoding);
        var report = await onboarding.RunAsync(export, dryRun: false, cancellationToken);
        Log.Onboarded(logger, report.Imported, report.Skipped, report.Parked);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Onboarding: {Imported} dossiers in flight imported, {Skipped} closed skipped, {Parked} parked")]
        public static partial void Onboarded(ILogger logger, int imported, int skipped, int parked);
    }
}
