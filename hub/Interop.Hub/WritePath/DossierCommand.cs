using Google.Protobuf;
using Interop.Domain.Lifecycle;
using Interop.Hub.Errors;
using Interop.Protos.Dossier.V1;
using Interop.Store;

namespace Interop.Hub.WritePath;

/// <summary>
/// One command of the standard, as the pipeline runs it: stateless validation, the facts the
/// transition table needs, and the event payload it builds once the lifecycle allows it.
/// </summary>
internal abstract class DossierCommand(IMessage request, CommandContext? context)
{
    public IMessage Request { get; } = request;

    public CommandContext Context { get; } = context ?? new CommandContext();

    public abstract EventType Type { get; }

    /// <summary>The dossier the command changes, or null when it creates one.</summary>
    public abstract string? ExistingDossierId { get; }

    /// <summary>Checks that need no dossier state; adds what is wrong.</summary>
    public virtual void Validate(CommandScope scope, List<FieldViolation> violations)
    {
    }

    /// <summary>Facts beyond the state some rows of the table need.</summary>
    public virtual TransitionFacts Facts(CommandScope scope, Dossier? state) => TransitionFacts.None;

    /// <summary>For a creating command: whether the acting agency is the desk that receives the dossier.</summary>
    public virtual bool ActingAgencyReceivesIt => true;

    /// <summary>Builds the payload (and personal part, claims) of the event the lifecycle allowed.</summary>
    public abstract ValueTask<Built> BuildAsync(CommandScope scope, Dossier? state, DossierStatus target, CancellationToken cancellationToken);
}

/// <summary>What a command built: the event body with its payload, its personal data, the claims it takes and the look-up digest it stores with them.</summary>
internal sealed record Built(EventBody Payload, PersonalData? Personal = null, IReadOnlyList<Claim>? Claims = null, LookupDigest? LookupDigest = null);
