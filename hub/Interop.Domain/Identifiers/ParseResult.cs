using System.Diagnostics.CodeAnalysis;

namespace Interop.Domain.Identifiers;

/// <summary>The outcome of parsing untrusted text: either a valid value or the error saying why not. Parsers never throw for bad input.</summary>
/// <typeparam name="T">The identifier type.</typeparam>
public sealed class ParseResult<T>
    where T : class
{
    internal ParseResult(T? value, IdentifierError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>True when <see cref="Value"/> is set; false when <see cref="Error"/> is.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsValid => Value is not null;

    /// <summary>The parsed identifier, or null when the input was refused.</summary>
    public T? Value { get; }

    /// <summary>Why the input was refused, or null when it is valid.</summary>
    public IdentifierError? Error { get; }

    /// <inheritdoc/>
    public override string ToString() => IsValid ? $"valid: {Value}" : $"invalid: {Error}";
}
