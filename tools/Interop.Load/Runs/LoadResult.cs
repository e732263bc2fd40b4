using System.Text.Json.Serialization;
using Interop.Load.Measure;

namespace Interop.Load.Runs;

/// <summary>What a run measured in its window (after warm-up): throughput of OK answers, latencies, every status.</summary>
internal sealed record LoadResult
{
    public required string Mode { get; init; }

    public required string Target { get; init; }

    public required double Seconds { get; init; }

    /// <summary>Calls whose intended send time fell in the window.</summary>
    public required long Sent { get; init; }

    public required long Ok { get; init; }

    public double OkPerSecond => Seconds > 0 ? Ok / Seconds : 0;

    /// <summary>Open loop: the offered rate; 0 for a closed loop.</summary>
    public double OfferedPerSecond { get; init; }

    public int Channels { get; init; }

    public int Concurrency { get; init; }

    public double MeanRequestBytes { get; init; }

    /// <summary>Latency of the calls answered OK, from their intended send time.</summary>
    public required LatencyFigures Latency { get; init; }

    /// <summary>Latency of the calls answered otherwise (refusals).</summary>
    public required LatencyFigures RefusalLatency { get; init; }

    public required SortedDictionary<string, long> Statuses { get; init; }

    public required SortedDictionary<string, long> Reasons { get; init; }

    public long RefusalsWithRetryInfo { get; init; }

    public DeliveryFigures? Delivery { get; init; }

    /// <summary>The numbers of acknowledged requests (with KeepAcknowledged), warm-up included.</summary>
    [JsonIgnore]
    public IReadOnlyList<long> Acknowledged { get; init; } = [];

    public static LoadResult From(string mode, LoadTarget target, CallRecorder recorder, LoadSettings settings) => new()
    {
        Mode = mode,
        Target = target.Address.ToString(),
        Seconds = recorder.Window.Seconds,
        Sent = recorder.Sent,
        Ok = recorder.Statuses.Ok,
        Channels = settings.Channels,
        Latency = recorder.Answered.Figures(),
        RefusalLatency = recorder.Refused.Figures(),
        Statuses = recorder.Statuses.ByCode(),
        Reasons = recorder.Statuses.ByReason(),
        RefusalsWithRetryInfo = recorder.Statuses.RefusalsWithRetryInfo,
    };
}
