using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Records the payment of the fees (event fee_paid): the clock resumes as after a supplement.</summary>
public sealed class RecordFeePaymentCommand(RecordFeePaymentRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.FeePaid;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        if (request.Payments.Count == 0)
        {
            violations.Add(new FieldViolation("payments", "at least one payment"));
        }

        for (var i = 0; i < request.Payments.Count; i++)
        {
            InputChecks.Amount(request.Payments[i].Amount, $"payments[{i}].amount", violations);
        }
    }

    protected override Built Build(CommandScope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return Payload(new EventBody
        {
            FeePaid = new FeePaid { Payments = { request.Payments }, Resumption = Clocks.Resumption(scope.Registry, scope.Existing, scope.Target, scope.Claimed) },
        });
    }
}
