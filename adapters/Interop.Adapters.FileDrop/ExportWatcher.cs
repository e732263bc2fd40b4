using Grpc.Core;
using Interop.Adapters.FileDrop.Format;

namespace Interop.Adapters.FileDrop;

/// <summary>
/// Watches the desk software's export folder. The software writes a file in several goes, rewrites
/// files in place and names them by date in more than one format, so a file is read only when it has
/// kept its size and time for <see cref="FileDropOptions.StableFor"/> and ends with a complete line;
/// it is read again whenever it changes. Files are taken oldest first; re-reading is harmless (every
/// step is keyed in the checkpoint), so nothing about a file needs remembering across restarts.
/// </summary>
public sealed partial class ExportWatcher(DeskToHub desk, FileDropOptions options, TimeProvider time, ILogger<ExportWatcher> logger) : BackgroundService
{
    private readonly Dictionary<string, Seen> seen = new(StringComparer.Ordinal);

    /// <summary>Lines appended and parked since start (for tests and health).</summary>
    public int Appended { get; private set; }

    public int Parked { get; private set; }

    /// <summary>One look at the folder: every stable, changed, complete file taken.</summary>
    public async Task PassAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(options.ExportFolder);
        var retried = await desk.RetryParkedAsync(cancellationToken);
        Appended += retried.Appended;
        Parked += retried.Parked;
        var now = time.GetUtcNow().UtcDateTime;
        var files = new DirectoryInfo(options.ExportFolder).EnumerateFiles()
            .Where(f => !f.Name.StartsWith('.'))
            .OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var state = (file.Length, file.LastWriteTimeUtc);
            if (!seen.TryGetValue(file.Name, out var known) || known.State != state)
            {
                seen[file.Name] = new Seen(state, now, Taken: false);
                continue;
            }

            if (known.Taken || now - known.Since < options.StableFor)
            {
                continue;
            }

            var content = DeskFile.Read(await File.ReadAllBytesAsync(file.FullName, cancellationToken), options.Layout, options.Encoding);
            if (content.IncompleteTail)
            {
                // Still being written (or the software died mid-line): the next change tells.
                continue;
            }

            var pass = await desk.TakeAsync(file.Name, content, cancellationToken);
            Appended += pass.Appended;
            Parked += pass.Parked;
            seen[file.Name] = known with { Taken = true };
            Log.Taken(logger, file.Name, content.Lines.Count, pass.Appended, pass.Parked);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PassAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (RpcException exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The hub stayed unreachable through the retries: the next pass takes the files again.
                Log.HubUnavailable(logger, exception.StatusCode);
            }
            catch (IOException exception)
            {
                // A file vanished or is locked while the software works on it: the next pass looks again.
                Log.FolderBusy(logger, exception.GetType().Name);
            }

            await Task.Delay(options.PollInterval, time, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private sealed record Seen((long Length, DateTime Time) State, DateTime Since, bool Taken);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Export file {File}: {Lines} lines, {Appended} appended, {Parked} parked")]
        public static partial void Taken(ILogger logger, string file, int lines, int appended, int parked);

        [LoggerMessage(2, LogLevel.Warning, "The hub answered {Status} through every retry; the export folder is taken again at the next pass")]
        public static partial void HubUnavailable(ILogger logger, StatusCode status);

        [LoggerMessage(3, LogLevel.Warning, "The export folder was busy ({Error}); it is looked at again at the next pass")]
        public static partial void FolderBusy(ILogger logger, string error);
    }
}
