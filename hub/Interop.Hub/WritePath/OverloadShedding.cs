using Google.Protobuf;
using Interop.Hub.Errors;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.WritePath;

/// <summary>
/// Sheds overload before it costs anything: while the writes in flight are at the admission limit
/// (<see cref="WriteAdmission"/>), a call of a mutation is answered at once with the same
/// RESOURCE_EXHAUSTED HUB_OVERLOADED and RetryInfo the pipeline would give, as a gRPC trailers-only
/// response, without parsing its body, authenticating it or throwing. Under three times the
/// load the hub can take, refusing must cost far less than serving, or the refusals alone would use
/// the machine. The check is a moment's reading: a call let through here still passes
/// <see cref="WriteAdmission.Enter"/>, which decides.
/// </summary>
internal sealed class OverloadShedding(RequestDelegate next, WriteAdmission admission)
{
    // The mutations are the methods that answer a MutationOutcome (DESIGN.md §4): read from the schema.
    private static readonly HashSet<string> MutationPaths = [.. DossierService.Descriptor.Methods
        .Where(method => method.OutputType.Fields.InDeclarationOrder().Any(field => field.FieldType == Google.Protobuf.Reflection.FieldType.Message && field.MessageType == MutationOutcome.Descriptor))
        .Select(method => $"/{DossierService.Descriptor.FullName}/{method.Name}")];

    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return admission.IsFull && MutationPaths.Contains(context.Request.Path.Value ?? "") ? RefuseAsync(context) : next(context);
    }

    private static async Task RefuseAsync(HttpContext context)
    {
        // The body is read (not parsed) before the answer: a stream ended with its body unread is reset,
        // and Kestrel takes many resets in a row from one connection for an attack and drops it.
        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
        var status = ErrorDetails.ToStatus(Fail.Overloaded(WriteAdmission.RetryDelay()));
        var headers = context.Response.Headers;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        headers["grpc-status"] = status.Code.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers["grpc-message"] = status.Message;
        headers["grpc-status-details-bin"] = Convert.ToBase64String(status.ToByteArray());
    }
}
