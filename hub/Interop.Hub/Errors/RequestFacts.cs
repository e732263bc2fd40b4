using Google.Protobuf;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Errors;

/// <summary>The identifying facts of a request (never its body): acting agency, dossier, request id.</summary>
internal sealed record RequestFacts(string ActingAgencyId, string DossierId, string RequestId)
{
    public static RequestFacts Of(IMessage? request)
    {
        if (request is null)
        {
            return new RequestFacts("", "", "");
        }

        var fields = request.Descriptor.Fields;
        var context = fields.InFieldNumberOrder().FirstOrDefault(f => f.Name == "context")?.Accessor.GetValue(request) as CommandContext;
        var dossierId = fields.InFieldNumberOrder().FirstOrDefault(f => f.Name == "dossier_id" && f.FieldType == Google.Protobuf.Reflection.FieldType.String)?.Accessor.GetValue(request) as string;
        var agencyId = context?.ActingAgencyId
            ?? fields.InFieldNumberOrder().FirstOrDefault(f => f.Name == "agency_id" && f.FieldType == Google.Protobuf.Reflection.FieldType.String)?.Accessor.GetValue(request) as string;
        return new RequestFacts(agencyId ?? "", dossierId ?? "", context?.RequestId ?? "");
    }
}
