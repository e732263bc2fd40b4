namespace Interop.Hub.Lookup;

/// <summary>A hit taken from a <see cref="SlidingWindowLimiter"/>, or a refusal with the time until the next free one.</summary>
/// <param name="Key">The limited key.</param>
/// <param name="Time">When the hit was taken.</param>
/// <param name="RetryAfter">Set when refused: how long until a hit is free again.</param>
/// <param name="FilledWindow">This hit was the last the window allows.</param>
internal sealed record LimiterHit(string Key, DateTimeOffset Time, TimeSpan? RetryAfter, bool FilledWindow)
{
    public bool Refused => RetryAfter is not null;
}
