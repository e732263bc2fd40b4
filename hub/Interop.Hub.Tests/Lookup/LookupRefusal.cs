using Grpc.Core;

namespace Interop.Hub.Tests.Lookup;

/// <summary>A refused look-up as the citizen's client reads it.</summary>
/// <param name="Code">The gRPC status code.</param>
/// <param name="Message">The status message.</param>
/// <param name="Reason">The ErrorInfo reason.</param>
/// <param name="DetailsBytes">The serialised google.rpc.Status trailer, byte for byte.</param>
/// <param name="RetryDelay">The RetryInfo delay, when sent.</param>
/// <param name="HasFieldViolations">Whether a BadRequest was sent.</param>
internal sealed record LookupRefusal(StatusCode Code, string Message, string Reason, byte[] DetailsBytes, TimeSpan? RetryDelay, bool HasFieldViolations);
