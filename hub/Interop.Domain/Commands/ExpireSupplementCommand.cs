using Interop.Domain.Decisions;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Records that the citizen did not supplement in time (event supplement_expired).</summary>
public sealed class ExpireSupplementCommand(ExpireSupplementRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.SupplementExpired;

    public override string? ExistingDossierId => request.DossierId;

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var pending = scope.Existing.Supplements.LastOrDefault(s => s.Status == SupplementStatus.Requested);
        return Payload(new EventBody { SupplementExpired = new SupplementExpired { SupplementId = pending?.Id ?? "", Note = request.Note } });
    }
}
