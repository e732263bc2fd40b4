using Interop.Domain.Decisions;
using Interop.Domain.Lifecycle;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>The competent holder resolves the dossier (event resolved), granting or not, with the result documents; the dossier is judged.</summary>
public sealed class ResolveDossierCommand(ResolveDossierRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.Resolved;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        if (request.Outcome == Outcome.Unspecified || !Enum.IsDefined(request.Outcome))
        {
            violations.Add(new FieldViolation("outcome", "granted or not granted"));
        }

        for (var i = 0; i < request.Documents.Count; i++)
        {
            InputChecks.Document(request.Documents[i].Content, $"documents[{i}].content", violations);
        }

        InputChecks.Form(request.ResultFormData, "result_form_data", violations);
    }

    protected override TransitionFacts Facts(RegistryView registry, Dossier? state)
        => new(DeskResolvesProcedure: ProcedureChoice.DeskResolves(registry, state?.Details?.Procedure));

    protected override Built Build(CommandScope scope) => new CommandPayload(
        new EventBody { Resolved = new Resolved { Outcome = request.Outcome, Documents = { request.Documents }, Note = request.Note } },
        request.ResultFormData is null ? null : new PersonalData { ResultFormData = request.ResultFormData });
}
