namespace Interop.Load.Wire;

/// <summary>One call's request: a template and the number of its id, written out by the marshaller.</summary>
internal sealed class OutgoingRequest(RequestTemplate template, RequestIds ids, long number)
{
    public RequestTemplate Template { get; } = template;

    public RequestIds Ids { get; } = ids;

    public long Number { get; } = number;
}
