namespace Interop.Domain.Lifecycle;

/// <summary>Facts beyond the dossier's state that some rows of the table need.</summary>
/// <param name="DeskResolvesProcedure">The procedure's case is resolved by the desk itself (RECEIVED → RESOLVED).</param>
/// <param name="ConsultationId">The consultation an answer refers to.</param>
public sealed record TransitionFacts(bool DeskResolvesProcedure = false, string? ConsultationId = null)
{
    /// <summary>No extra facts.</summary>
    public static TransitionFacts None { get; } = new();
}
