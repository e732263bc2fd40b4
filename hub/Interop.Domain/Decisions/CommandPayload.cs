using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Decisions;

/// <summary>What a command builds: the event's payload, its personal data, the unique keys it takes and, for a hub-issued code, the request for one.</summary>
/// <param name="Body">The event body with its payload set (the envelope is the decision's).</param>
/// <param name="Personal">The event's personal data, stored apart from the hashed body.</param>
/// <param name="Claims">Unique keys the dossier takes.</param>
/// <param name="CodeRequest">A national code the hub must issue before sealing.</param>
public sealed record CommandPayload(EventBody Body, PersonalData? Personal = null, IReadOnlyList<UniqueKey>? Claims = null, NationalCodeRequest? CodeRequest = null);
