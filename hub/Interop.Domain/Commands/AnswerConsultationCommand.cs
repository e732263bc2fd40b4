using Interop.Domain.Decisions;
using Interop.Domain.Lifecycle;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>The consulted agency answers an open consultation (event consultation_answered).</summary>
public sealed class AnswerConsultationCommand(AnswerConsultationRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.ConsultationAnswered;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        InputChecks.Required(request.ConsultationId, "consultation_id", violations);
        InputChecks.Required(request.Answer, "answer", violations);
        InputChecks.Documents(request.Documents, "documents", violations);
    }

    protected override TransitionFacts Facts(RegistryView registry, Dossier? state) => new(ConsultationId: request.ConsultationId);

    protected override Built Build(CommandScope scope)
        => Payload(new EventBody { ConsultationAnswered = new ConsultationAnswered { ConsultationId = request.ConsultationId, Answer = request.Answer, Documents = { request.Documents } } });
}
