namespace Interop.Hub.Tests.Lookup;

/// <summary>A clock the test moves by hand (FakeTimeProvider is not referenced by this repository).</summary>
internal sealed class ManualTime : TimeProvider
{
    private DateTimeOffset now = new(2025, 11, 3, 8, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
