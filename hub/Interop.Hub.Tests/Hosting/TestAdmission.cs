namespace Interop.Hub.Tests.Hosting;

/// <summary>
/// The admission floor every test hub runs with: tests send up to 64 writes at once and assert what
/// each answers, so they raise the floor (default 16, the adaptive limit's minimum) to that, as an
/// operator whose members send that many at once would. The admission's own tests set theirs.
/// </summary>
internal static class TestAdmission
{
    public const string Floor = "--Hub:MinWritesInFlight=64";
}
