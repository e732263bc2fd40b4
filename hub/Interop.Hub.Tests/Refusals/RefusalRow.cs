using Google.Protobuf;
using Grpc.Core;
using Interop.Hub.Tests.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Tests.Refusals;

/// <summary>What a row arranged before its refused call: the affected dossier, and what else the row needs.</summary>
internal sealed record Stage(Scenes Scenes, Dossier? Dossier = null, string Extra = "", IMessage? Original = null)
{
    public Members M => Scenes.Members;

    public string Id => Dossier?.Id ?? throw new InvalidOperationException("the row arranged no dossier");
}

/// <summary>
/// One refusal of the table: the expected status and ErrorInfo reason (with the BadRequest field for
/// bad input), whether the refusal log records it (authenticated callers only), the refused call,
/// and a call with the same request id and a valid body that must then succeed (no idempotency record
/// was left), when one exists.
/// </summary>
internal sealed record RefusalRow(
    string Name,
    StatusCode Code,
    string Reason,
    string? Field,
    bool Logged,
    Func<Scenes, Task<Stage>> Arrange,
    Func<Stage, string, Task> Refused,
    Func<Stage, string, Task>? Retry)
{
    public override string ToString() => Name;
}
