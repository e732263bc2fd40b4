using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Interop.Protos.Registry.V1;
using Interop.Store;
using Microsoft.Extensions.Options;

namespace Interop.Hub.Registry;

/// <summary>
/// Puts a changed seed file in force while the hub runs: it looks at the file every
/// Hub:RegistryReloadInterval and on SIGHUP. A changed, valid seed becomes a new recorded registry
/// version and replaces the one in force for the next call; an unreadable or invalid one is logged once
/// and ignored, and the registry in force stays.
/// </summary>
internal sealed class RegistryReloader(IOptions<HubOptions> options, IHostEnvironment environment, RegistryHolder holder, RegistryRecorder recorder, TimeProvider time, ILogger<RegistryReloader> logger) : BackgroundService
{
    private static readonly byte[] Unreadable = [0];

    private byte[] lastSeen = [];
    private int hangUpPending;
    private CancellationTokenSource? wake;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var hangUp = OperatingSystem.IsWindows() ? null : PosixSignalRegistration.Create(PosixSignal.SIGHUP, OnHangUp);
        while (!stoppingToken.IsCancellationRequested)
        {
            await WaitAsync(stoppingToken);
            if (holder.IsLoaded && !stoppingToken.IsCancellationRequested)
            {
                await ReloadIfChangedAsync(stoppingToken);
            }
        }
    }

    private async Task WaitAsync(CancellationToken stoppingToken)
    {
        using var cycle = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        Volatile.Write(ref wake, cycle);
        try
        {
            if (Volatile.Read(ref hangUpPending) == 0)
            {
                await Task.Delay(options.Value.RegistryReloadInterval, time, cycle.Token);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            Volatile.Write(ref wake, null);
            Interlocked.Exchange(ref hangUpPending, 0);
        }
    }

    private void OnHangUp(PosixSignalContext context)
    {
        // Handled: SIGHUP means "re-read the seed", not "terminate".
        context.Cancel = true;
        Interlocked.Exchange(ref hangUpPending, 1);
        try
        {
            Volatile.Read(ref wake)?.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The wait just ended; the pending flag makes the next one short.
        }
    }

    private async Task ReloadIfChangedAsync(CancellationToken cancellationToken)
    {
        var path = RegistrySeed.PathOf(options.Value.SeedFile, environment.ContentRootPath);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            Ignore(Unreadable, path, error.Message);
            return;
        }

        var fileDigest = SHA256.HashData(bytes);
        if (fileDigest.AsSpan().SequenceEqual(lastSeen))
        {
            return;
        }

        RegistrySnapshot snapshot;
        try
        {
            snapshot = RegistrySeed.Parse(Encoding.UTF8.GetString(bytes), path);
        }
        catch (InvalidDataException error)
        {
            Ignore(fileDigest, path, error.Message);
            return;
        }

        var problems = RegistryValidator.Problems(snapshot);
        if (problems.Count > 0)
        {
            Ignore(fileDigest, path, string.Join("; ", problems));
            return;
        }

        var previous = holder.Current;
        if (SHA256.HashData(RegistrySeed.Canonical(snapshot)).AsSpan().SequenceEqual(previous.Digest))
        {
            lastSeen = fileDigest;
            return;
        }

        try
        {
            var current = await recorder.PutInForceAsync(snapshot, cancellationToken);
            lastSeen = fileDigest;
            HubLog.RegistryReloaded(logger, previous.Version, current.Version, path);
        }
        catch (StoreUnavailableException error)
        {
            // Not remembered: the next look records it once the store is back.
            HubLog.RegistryNotRecorded(logger, path, error);
        }
    }

    private void Ignore(byte[] seen, string path, string problem)
    {
        if (!seen.AsSpan().SequenceEqual(lastSeen))
        {
            HubLog.RegistrySeedIgnored(logger, path, problem);
        }

        lastSeen = seen;
    }
}
