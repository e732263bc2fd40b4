using System.Text.RegularExpressions;

namespace Interop.Hub.Tests.Examples;

/// <summary>What every example prints for its round trip: receive, hand over, accept, read back, verify.</summary>
internal static partial class ExampleOutput
{
    public static void AssertRoundTrip(ChildProcess run, string processingStatus)
    {
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.True(run.Lines.Count == 5, run.ToString());

        var received = Received().Match(run.Lines[0]);
        Assert.True(received.Success, $"line 1: {run.Lines[0]}");
        var nationalCode = received.Groups["code"].Value;
        Assert.Equal("handed over to 000.12.21.H21", run.Lines[1]);
        Assert.Equal($"accepted by 000.12.21.H21 status {processingStatus}", run.Lines[2]);
        Assert.Equal($"read back {nationalCode} version 3 status {processingStatus} holder 000.12.21.H21", run.Lines[3]);
        Assert.Equal("chain verified: 3 events", run.Lines[4]);
    }

    // The desk's e-ID, the local date of receipt, a 4-to-6-digit daily sequence (STANDARD.md ID-2); an ISO 8601 instant.
    [GeneratedRegex(@"^received (?<code>001\.01\.21\.H21-\d{6}-\d{4,6}) appointment \d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex Received();
}
