using Microsoft.Extensions.Options;

namespace Interop.Hub.Lookup;

/// <summary>The look-up's two limits: failed attempts per national code and per client address.</summary>
internal sealed class LookupRateLimits(IOptions<LookupOptions> options, TimeProvider time)
{
    public SlidingWindowLimiter Codes { get; } = new(options.Value.FailuresPerCode, options.Value.CodeWindow, time);

    public SlidingWindowLimiter Addresses { get; } = new(options.Value.FailuresPerAddress, options.Value.AddressWindow, time);
}
