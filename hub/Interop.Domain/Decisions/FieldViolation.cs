using Interop.Protos.Error.V1;

namespace Interop.Domain.Decisions;

/// <summary>
/// A violated field: its path in the request, what is wrong, and the reason of the standard it
/// falls under when one is more precise than FIELD_INVALID (e.g. FORM_DATA_INVALID).
/// </summary>
/// <param name="Field">The field's path in the request.</param>
/// <param name="Description">What is wrong, without personal data.</param>
/// <param name="Reason">The reason of the standard.</param>
public sealed record FieldViolation(string Field, string Description, ErrorReason Reason = ErrorReason.FieldInvalid);
