using Google.Rpc;
using Grpc.Core;

namespace Interop.Hub.Tests.Refusals;

/// <summary>An error as a client of the standard reads it: status code, the one ErrorInfo, BadRequest's violations.</summary>
internal sealed record WireError(StatusCode Code, string Message, ErrorInfo Info, IReadOnlyList<BadRequest.Types.FieldViolation> Violations)
{
    /// <summary>"CODE REASON", e.g. "PermissionDenied ACTOR_NOT_ALLOWED".</summary>
    public string Summary => $"{Code} {Info.Reason}";

    /// <summary>Reads the error and checks the rules every error of the hub follows (STANDARD.md ERR-1, ERR-2).</summary>
    public static WireError Of(RpcException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        Assert.NotEqual(StatusCode.Internal, error.StatusCode);
        Assert.NotEqual(StatusCode.Unknown, error.StatusCode);
        Assert.False(LooksLikeExceptionText(error.Status.Detail), $"exception text on the wire: {error.Status.Detail}");
        var status = error.GetRpcStatus();
        Assert.True(status is not null, $"no google.rpc.Status in the trailers of {error.StatusCode} '{error.Status.Detail}'");
        Assert.Equal((int)error.StatusCode, status.Code);
        var infos = status.Details.Where(d => d.Is(ErrorInfo.Descriptor)).Select(d => d.Unpack<ErrorInfo>()).ToList();
        var info = Assert.Single(infos);
        Assert.Equal("interop.hub", info.Domain);
        var badRequests = status.Details.Where(d => d.Is(BadRequest.Descriptor)).Select(d => d.Unpack<BadRequest>()).ToList();
        Assert.True(badRequests.Count <= 1, "at most one BadRequest");
        return new WireError(error.StatusCode, status.Message, info, badRequests.SingleOrDefault()?.FieldViolations.ToList() ?? []);
    }

    /// <summary>Sends a call that must be refused and reads its error.</summary>
    public static async Task<WireError> OfCallAsync(Func<Task> call)
    {
        ArgumentNullException.ThrowIfNull(call);
        var error = await Assert.ThrowsAsync<RpcException>(call);
        return Of(error);
    }

    private static bool LooksLikeExceptionText(string text)
        => text.Contains("Exception", StringComparison.Ordinal) || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("System.", StringComparison.Ordinal);
}
