using Grpc.Core;

namespace Interop.Adapters.Land;

/// <summary>Reads the land system's feed every <see cref="LandOptions.PollInterval"/>; a failure of either side is retried at the next pass.</summary>
internal sealed partial class LandFeedWorker(LandFeed feed, LandOptions options, ILogger<LandFeedWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var (appended, parked) = await feed.PassAsync(stoppingToken);
                if (appended + parked > 0)
                {
                    Log.Passed(logger, appended, parked);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is RpcException or HttpRequestException)
            {
                Log.Unavailable(logger, exception.GetType().Name);
            }

            await Task.Delay(options.PollInterval, stoppingToken).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Land feed: {Appended} reports appended at the hub, {Parked} parked")]
        public static partial void Passed(ILogger logger, int appended, int parked);

        [LoggerMessage(2, LogLevel.Warning, "Land feed: the hub or the land system did not answer ({Error}); the next pass reads it again")]
        public static partial void Unavailable(ILogger logger, string error);
    }
}
