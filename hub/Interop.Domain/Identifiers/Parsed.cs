namespace Interop.Domain.Identifiers;

/// <summary>Factories for <see cref="ParseResult{T}"/>, kept off the generic type (CA1000).</summary>
internal static class Parsed
{
    public static ParseResult<T> Ok<T>(T value)
        where T : class => new(value, null);

    public static ParseResult<T> Fail<T>(IdentifierReason reason, string message)
        where T : class => new(null, new IdentifierError(reason, message));

    public static ParseResult<T> Fail<T>(IdentifierError error)
        where T : class => new(null, error);
}
