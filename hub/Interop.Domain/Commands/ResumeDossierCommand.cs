using Interop.Domain.Decisions;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Resumes a suspended dossier (event resumed): the clock resumes as after a supplement.</summary>
public sealed class ResumeDossierCommand(ResumeDossierRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.Resumed;

    public override string? ExistingDossierId => request.DossierId;

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Payload(new EventBody { Resumed = new Resumed { Note = request.Note, Resumption = Clocks.Resumption(scope.Registry, scope.Existing, scope.Target, scope.Claimed) } });
    }
}
