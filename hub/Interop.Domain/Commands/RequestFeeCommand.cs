using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Commands;

/// <summary>Asks for the fees due (event fee_requested), pausing the clock.</summary>
public sealed class RequestFeeCommand(RequestFeeRequest request) : DossierCommand(request, request?.Context)
{
    public override EventType Type => EventType.FeeRequested;

    public override string? ExistingDossierId => request.DossierId;

    protected override void Validate(RegistryView registry, Caller caller, List<FieldViolation> violations)
    {
        if (request.Lines.Count == 0)
        {
            violations.Add(new FieldViolation("lines", "at least one amount is due"));
        }

        InputChecks.Fees(request.Lines, "lines", violations);
    }

    protected override Built Build(CommandScope scope)
        => Payload(new EventBody { FeeRequested = new FeeRequested { Lines = { request.Lines }, Note = request.Note } });
}
