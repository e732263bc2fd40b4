using Interop.Protos.Lookup.V1;

namespace Interop.Hub.Services;

/// <summary>
/// Serves CitizenLookupService of the standard. Until its issue lands, every method answers UNIMPLEMENTED
/// (the generated base class does so): nothing pretends to succeed.
/// </summary>
internal sealed class CitizenLookupServiceImpl : CitizenLookupService.CitizenLookupServiceBase;
