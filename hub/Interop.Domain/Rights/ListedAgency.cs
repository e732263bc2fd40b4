using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Rights;

/// <summary>An agency's relation to a dossier as lists index it: a role of <see cref="DossierRole"/>, or Unspecified for any other reading right.</summary>
/// <param name="AgencyId">The agency.</param>
/// <param name="Role">Its role.</param>
public sealed record ListedAgency(string AgencyId, DossierRole Role);
