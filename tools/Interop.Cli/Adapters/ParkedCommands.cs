using System.Globalization;
using Interop.Adapters.Sdk.Checkpoint;

namespace Interop.Cli.Adapters;

/// <summary>
/// <c>adapter parked list|retry|drop</c>: the operator's view of an adapter's parked records, on the
/// adapter's checkpoint file (beside a running adapter: SQLite in WAL mode lets both work on it).
/// A retry is taken by the adapter on its next pass; a drop is kept as the record of that decision.
/// </summary>
internal static class ParkedCommands
{
    public const string CheckpointOption = "checkpoint";

    public static ICommand[] All => [new ListCommand(), new RetryCommand(), new DropCommand()];

    private static AdapterCheckpoint Open(CommandArguments arguments)
    {
        var path = arguments.Required(CheckpointOption);
        return File.Exists(path)
            ? AdapterCheckpoint.Open(path)
            : throw new CommandFailedException($"{path}: no such checkpoint file (an adapter's Adapter:Checkpoint setting names it)");
    }

    private static long Id(CommandArguments arguments)
        => long.TryParse(arguments.Positional(0), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : throw new UsageException($"{arguments.Positional(0)} is not a parked record's id");

    private sealed class ListCommand : ICommand
    {
        public string Name => "adapter parked list";

        public string Usage => "adapter parked list --checkpoint <adapter.db>";

        public int Run(CommandArguments arguments, TextWriter output)
        {
            arguments.Allow(0, CheckpointOption);
            using var checkpoint = Open(arguments);
            var parked = checkpoint.ListParked();
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{parked.Count} parked"));
            foreach (var record in parked)
            {
                output.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{record.Id}\t{(record.Direction == ParkDirection.ToHub ? "to-hub" : "to-legacy")}\t{record.RecordId}\t{record.Version}\t{record.State}\t{record.ParkedAt:yyyy-MM-ddTHH:mm:ssZ}\t{record.Problem.Reason}\t{record.Problem.Field}\t{record.Problem.Detail}"));
            }

            return 0;
        }
    }

    private sealed class RetryCommand : ICommand
    {
        public string Name => "adapter parked retry";

        public string Usage => "adapter parked retry <id> --checkpoint <adapter.db>";

        public int Run(CommandArguments arguments, TextWriter output)
        {
            arguments.Allow(1, CheckpointOption);
            using var checkpoint = Open(arguments);
            var id = Id(arguments);
            if (!checkpoint.RequestRetry(id))
            {
                throw new CommandFailedException(string.Create(CultureInfo.InvariantCulture, $"no parked record {id} waits for a retry (it is not parked, or already retried, resolved or dropped)"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parked record {id}: the adapter takes it again on its next pass"));
            return 0;
        }
    }

    private sealed class DropCommand : ICommand
    {
        public string Name => "adapter parked drop";

        public string Usage => "adapter parked drop <id> --checkpoint <adapter.db>";

        public int Run(CommandArguments arguments, TextWriter output)
        {
            arguments.Allow(1, CheckpointOption);
            using var checkpoint = Open(arguments);
            var id = Id(arguments);
            if (!checkpoint.Drop(id))
            {
                throw new CommandFailedException(string.Create(CultureInfo.InvariantCulture, $"no open parked record {id}"));
            }

            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parked record {id}: dropped; it stays in the checkpoint as dropped"));
            return 0;
        }
    }
}
