namespace Interop.Testing;

/// <summary>
/// The test stages of ./test.sh. Soak, load and timing-sensitive tests, and any test that takes more
/// than about fifteen seconds, carry <c>[Trait(TestStage.Name, TestStage.Slow)]</c> and run in the second
/// stage (<c>--filter Stage=Slow</c>), after the fast stage (<c>--filter "Stage!=Slow"</c>) that a
/// developer runs in a loop.
/// </summary>
internal static class TestStage
{
    public const string Name = "Stage";

    public const string Slow = "Slow";
}
