using Google.Rpc;
using Grpc.Core;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Protos.Dossier.V1;

namespace Interop.Adapters.Sdk.Hub;

/// <summary>
/// Appends a legacy record's step at the hub exactly once: skipped when the checkpoint says it was
/// appended, sent with a request id derived from the record (<see cref="AdapterRequestIds"/>) so a
/// retry or a restart repeats it, recorded when the hub answers. A hub refusal of the record itself
/// (INVALID_ARGUMENT, FAILED_PRECONDITION, ALREADY_EXISTS, NOT_FOUND, PERMISSION_DENIED) is a mapping
/// failure: the record is parked with the hub's reason and field, and the adapter goes on.
/// </summary>
public sealed class HubAppender(HubConnection hub, AdapterCheckpoint checkpoint, string adapterName)
{
    /// <summary>What became of one step.</summary>
    public enum Result
    {
        Appended,
        AlreadyAppended,
        Parked,
    }

    /// <summary>
    /// Runs the step's call (it gets the request id to put in its CommandContext) unless it was appended
    /// before. A refusal parks the payload under the record's id, with <paramref name="parkedVersion"/>
    /// (the record's version when not given): what the adapter compares to see the record changed.
    /// </summary>
    public async Task<Result> AppendAsync(
        LegacyRecordKey record, string step, byte[] payload, Func<string, CallOptions, Task<MutationOutcome>> call, CancellationToken cancellationToken, string? parkedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(call);
        if (checkpoint.IsAppended(record.Id, record.Version, step))
        {
            return Result.AlreadyAppended;
        }

        var requestId = AdapterRequestIds.For(adapterName, record.Id, record.Version, step);
        try
        {
            var outcome = await hub.CallAsync(options => call(requestId, options), cancellationToken);
            checkpoint.MarkAppended(record.Id, record.Version, step, requestId, outcome.Dossier.Id, outcome.Dossier.Version);
            return Result.Appended;
        }
        catch (RpcException refused) when (IsRefusalOfTheRecord(refused.StatusCode))
        {
            checkpoint.Park(ParkDirection.ToHub, record.Id, parkedVersion ?? record.Version, ProblemOf(refused, step), payload);
            return Result.Parked;
        }
    }

    /// <summary>The hub's refusal as a mapping problem: its ErrorInfo reason, the first violated field, its message.</summary>
    public static MappingProblem ProblemOf(RpcException refused, string step)
    {
        ArgumentNullException.ThrowIfNull(refused);
        var status = refused.GetRpcStatus();
        var reason = status?.GetDetail<ErrorInfo>()?.Reason ?? refused.StatusCode.ToString();
        var field = status?.GetDetail<BadRequest>()?.FieldViolations.FirstOrDefault()?.Field ?? "";
        return new MappingProblem(reason, field, $"{step}: the hub answered {refused.StatusCode}: {refused.Status.Detail}");
    }

    private static bool IsRefusalOfTheRecord(StatusCode code)
        => code is StatusCode.InvalidArgument or StatusCode.FailedPrecondition or StatusCode.AlreadyExists or StatusCode.NotFound or StatusCode.PermissionDenied or StatusCode.OutOfRange;
}

/// <summary>A legacy record's identity in its own system and its version there (a timestamp, a revision, a row version).</summary>
public sealed record LegacyRecordKey(string Id, string Version);
