using Interop.Adapters.Sdk.Checkpoint;

namespace Interop.Adapters.Sdk.Mapping;

/// <summary>
/// A record that cannot be mapped: thrown by a mapper with the reason and the field, caught by the SDK,
/// which parks the record whole (never half-mapped, never dropped). The detail must hold no personal
/// data: it is logged and shown by <c>interop-adapter parked list</c>.
/// </summary>
public sealed class MappingException(MappingProblem problem, Exception? inner = null) : Exception(problem.Detail, inner)
{
    public MappingException(string reason, string field, string detail, Exception? inner = null)
        : this(new MappingProblem(reason, field, detail), inner)
    {
    }

    public MappingProblem Problem { get; } = problem;
}
