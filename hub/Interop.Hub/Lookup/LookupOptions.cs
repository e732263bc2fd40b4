using System.ComponentModel.DataAnnotations;

namespace Interop.Hub.Lookup;

/// <summary>
/// The citizen look-up's rate limits (configuration section "Hub:Lookup"). Counted in memory per hub
/// instance: several instances each allow these numbers until a shared store (Redis) keeps the counts.
/// </summary>
internal sealed class LookupOptions
{
    /// <summary>Failed look-ups of one national code within <see cref="CodeWindow"/> before the code is refused, even with the right secret.</summary>
    [Range(1, 1000)]
    public int FailuresPerCode { get; set; } = 5;

    /// <summary>The sliding window of <see cref="FailuresPerCode"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CodeWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Failed look-ups from one client address (an IPv6 /64) within <see cref="AddressWindow"/> before it is refused.</summary>
    [Range(1, 100_000)]
    public int FailuresPerAddress { get; set; } = 30;

    /// <summary>The sliding window of <see cref="FailuresPerAddress"/>.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan AddressWindow { get; set; } = TimeSpan.FromMinutes(1);
}
