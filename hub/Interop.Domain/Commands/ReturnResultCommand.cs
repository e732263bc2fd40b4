using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>The return desk hands the result back, at the desk, by post or online (event result_returned).</summary>
public sealed class ReturnResultCommand(ReturnResultRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.ResultReturned;

    public override string? ExistingDossierId => request.DossierId;

    private PersonalData? Recipient => request.Recipient is null ? null : new PersonalData { ResultRecipient = request.Recipient };

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        if (request.Method == DeliveryMethod.Unspecified || !Enum.IsDefined(request.Method))
        {
            violations.Add(new FieldViolation("method", "at the desk, by post or online"));
        }

        InputChecks.Personal(Recipient, "recipient", violations);
        InputChecks.Document(request.RecipientSignature, "recipient_signature", violations);
    }

    protected override Built Build(CommandScope scope) => new CommandPayload(
        new EventBody
        {
            ResultReturned = new ResultReturned
            {
                Method = request.Method,
                OriginalsTakenBack = request.OriginalsTakenBack,
                OriginalsTakenBackCount = request.OriginalsTakenBackCount,
                RecipientSignature = request.RecipientSignature,
                PostalTrackingNumber = request.PostalTrackingNumber,
                Note = request.Note,
            },
        },
        Recipient);
}
