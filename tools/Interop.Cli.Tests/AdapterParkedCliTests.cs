using Interop.Adapters.Sdk.Checkpoint;

namespace Interop.Cli.Tests;

/// <summary>The <c>interop adapter parked</c> commands on an adapter's checkpoint file, as an operator runs them.</summary>
public sealed class AdapterParkedCliTests : IDisposable
{
    private readonly TempDirectory temp = new("interop-cli-");

    public void Dispose() => temp.Dispose();

    [Fact]
    public void List_shows_each_open_parked_record_with_its_reason_and_field_and_not_its_payload()
    {
        var path = temp.File("adapter.db");
        using (var checkpoint = AdapterCheckpoint.Open(path))
        {
            checkpoint.Park(ParkDirection.ToHub, "BN-0007", "2025-12-02T08:00", new MappingProblem("LEGACY_TEXT_WRONG_ENCODING", "ChuHoSo", "The text does not read as Vietnamese in Tcvn3."), "Nguyễn Văn An"u8.ToArray());
            checkpoint.Park(ParkDirection.ToLegacy, "ev-1", "3", new MappingProblem("LEGACY_TEXT_NOT_ENCODABLE", "dossier.summary", "TCVN3 has no bytes for U+20AC at 12."), [1]);
        }

        var (code, output, _) = Run("adapter", "parked", "list", "--checkpoint", path);

        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("2 parked", lines[0]);
        Assert.Matches(@"^1\tto-hub\tBN-0007\t2025-12-02T08:00\tparked\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\tLEGACY_TEXT_WRONG_ENCODING\tChuHoSo\tThe text does not read as Vietnamese in Tcvn3\.$", lines[1]);
        Assert.StartsWith("2\tto-legacy\tev-1\t3\tparked\t", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain("Nguyễn", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Retry_and_drop_change_the_record_once_and_refuse_what_is_not_open()
    {
        var path = temp.File("adapter.db");
        long retried, dropped;
        using (var checkpoint = AdapterCheckpoint.Open(path))
        {
            var problem = new MappingProblem("FIELD_INVALID", "NgayTiepNhan", "not a date dd/MM/yyyy");
            retried = checkpoint.Park(ParkDirection.ToHub, "BN-1", "1", problem, []);
            dropped = checkpoint.Park(ParkDirection.ToHub, "BN-2", "1", problem, []);
        }

        Assert.Equal(0, Run("adapter", "parked", "retry", $"{retried}", "--checkpoint", path).Code);
        Assert.Equal(1, Run("adapter", "parked", "retry", $"{retried}", "--checkpoint", path).Code);
        Assert.Equal(0, Run("adapter", "parked", "drop", $"{dropped}", "--checkpoint", path).Code);
        var (code, _, error) = Run("adapter", "parked", "drop", $"{dropped}", "--checkpoint", path);
        Assert.Equal((1, true), (code, error.Contains("no open parked record", StringComparison.Ordinal)));
        Assert.Equal(2, Run("adapter", "parked", "retry", "seven", "--checkpoint", path).Code);
        Assert.Equal(1, Run("adapter", "parked", "list", "--checkpoint", temp.File("missing.db")).Code);

        using var reopened = AdapterCheckpoint.Open(path);
        Assert.Equal(("retry", "dropped"), (reopened.Parked(retried)!.State, reopened.Parked(dropped)!.State));
        Assert.Equal([retried], reopened.RetryRequested().Select(r => r.Id));
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CliApp.Run(args, output, error, TimeProvider.System);
        return (code, output.ToString(), error.ToString());
    }
}
