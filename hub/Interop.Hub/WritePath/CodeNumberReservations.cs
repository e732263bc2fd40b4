using Interop.Domain.Time;
using Interop.Hub.Registry;
using Interop.Protos.Registry.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>
/// Reserves national-code numbers ahead of need: at start (before the hub serves) for today, and
/// every few minutes for today and, from 23:00 local time, for tomorrow, for every hub-issued agency
/// some member serves. A receive at such an agency then never waits for a reservation of its own.
/// </summary>
internal sealed class CodeNumberReservations(CodeNumbers numbers, RegistryHolder registry, TimeProvider time, ILogger<CodeNumberReservations> logger) : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(5);
    private static readonly TimeOnly TomorrowFrom = new(23, 0);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await TryReserveAheadAsync();
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await TryReserveAheadAsync();
        }
    }

    private async Task TryReserveAheadAsync()
    {
        try
        {
            await ReserveAheadAsync();
        }
        catch (StoreUnavailableException error)
        {
            // A store outage: receives reserve for themselves meanwhile, and the next tick tries again.
            HubLog.CodeNumbersNotReserved(logger, error);
        }
    }

    private Task ReserveAheadAsync()
    {
        var now = time.GetUtcNow();
        var today = VietnamTime.DateOf(now);
        numbers.ForgetBefore(today.AddDays(-CodeNumbers.PastDaysKept));
        var days = VietnamTime.ClockOf(now) >= TomorrowFrom ? new[] { today, today.AddDays(1) } : [today];
        var hub = registry.Current;
        return Task.WhenAll(hub.Snapshot.Agencies
            .Where(a => a.CodeIssuer == CodeIssuer.Hub && hub.IsServed(a.Id))
            .SelectMany(a => days.Select(day => numbers.PrepareAsync(a.Id, day))));
    }
}
