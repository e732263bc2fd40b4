using Google.Protobuf;
using Interop.Domain.Lifecycle;
using Interop.Hub.Errors;
using Interop.Hub.WritePath;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Commands;

/// <summary>A command on an existing dossier, assembled from its parts by <see cref="DossierCommands"/>.</summary>
internal sealed class ExistingDossierCommand(
    IMessage request,
    CommandContext? context,
    string dossierId,
    EventType type,
    Func<CommandScope, Dossier, DossierStatus, Built> build,
    Action<List<FieldViolation>>? validate = null,
    Func<CommandScope, Dossier?, TransitionFacts>? facts = null) : DossierCommand(request, context)
{
    public override EventType Type => type;

    public override string? ExistingDossierId => dossierId;

    public override void Validate(CommandScope scope, List<FieldViolation> violations)
    {
        if (dossierId.Length == 0)
        {
            violations.Add(new FieldViolation("dossier_id", "required"));
        }

        validate?.Invoke(violations);
    }

    public override TransitionFacts Facts(CommandScope scope, Dossier? state) => facts?.Invoke(scope, state) ?? TransitionFacts.None;

    public override ValueTask<Built> BuildAsync(CommandScope scope, Dossier? state, DossierStatus target, CancellationToken cancellationToken)
        => ValueTask.FromResult(build(scope, state ?? throw new InvalidOperationException("an existing dossier has a state"), target));
}
