using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Adds a note, a progress report or a postal report (event note), in any status.</summary>
public sealed class AddNoteCommand(AddNoteRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.Note;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        if (request.Text.Length == 0 && request.Progress is null && request.Postal is null)
        {
            violations.Add(new FieldViolation("text", "a note says something: text, progress or a postal report"));
        }

        if (request.Text.Length > InputChecks.MaxText)
        {
            violations.Add(new FieldViolation("text", $"at most {InputChecks.MaxText} characters"));
        }
    }

    protected override Built Build(CommandScope scope)
        => Payload(new EventBody { Note = new Note { Text = request.Text, Progress = request.Progress, Postal = request.Postal } });
}
