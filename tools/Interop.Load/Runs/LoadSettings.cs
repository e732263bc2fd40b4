namespace Interop.Load.Runs;

/// <summary>How a run drives its target.</summary>
internal sealed record LoadSettings
{
    /// <summary>gRPC channels (each with HTTP/2 connections of its own).</summary>
    public int Channels { get; init; } = 4;

    /// <summary>Closed loop: calls in flight per channel, each sent as soon as the previous one returns.</summary>
    public int Concurrency { get; init; } = 16;

    /// <summary>Open loop: calls per second, spread over the channels at fixed intervals.</summary>
    public double Rate { get; init; } = 500;

    /// <summary>Open loop: calls the client lets be in flight before it waits (still timed from their intended send).</summary>
    public int MaxOutstanding { get; init; } = 8192;

    public TimeSpan WarmUp { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The bearer token of the ingest calls.</summary>
    public string Token { get; init; } = LoadTarget.DeskToken;

    /// <summary>Keep the numbers of the acknowledged requests, to check afterwards that they are stored.</summary>
    public bool KeepAcknowledged { get; init; }

    /// <summary>Closed loop: stop once this many calls were answered OK in the window (0: run the whole window); for filling a store.</summary>
    public long StopAfterOk { get; init; }

    /// <summary>Subscribe mode: inbox subscribers, each a distinct (member, agency) pair (at most five).</summary>
    public int Subscribers { get; init; } = 5;
}
