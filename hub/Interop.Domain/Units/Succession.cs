namespace Interop.Domain.Units;

/// <summary>The answer to "what replaced this unit": a status and, when <see cref="SuccessionStatus.Known"/>, the units of the newer list.</summary>
public sealed record Succession
{
    internal Succession(SuccessionStatus status, IReadOnlyList<AdministrativeUnit> successors)
    {
        Status = status;
        Successors = successors;
    }

    /// <summary>What is known.</summary>
    public SuccessionStatus Status { get; }

    /// <summary>
    /// The successor units, in crosswalk order; empty unless <see cref="Status"/> is <see cref="SuccessionStatus.Known"/>.
    /// A province has one; a commune split among several would have several.
    /// </summary>
    public IReadOnlyList<AdministrativeUnit> Successors { get; }

    internal static Succession Without(SuccessionStatus status) => new(status, []);
}
