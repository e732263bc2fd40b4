using Grpc.Core;
using Interop.Hub.Queries;
using Interop.Protos.Audit.V1;

namespace Interop.Hub.Services;

/// <summary>Serves AuditService: history, control sheets, refusals and statistics.</summary>
internal sealed class AuditServiceImpl(AuditQueries queries) : AuditService.AuditServiceBase
{
    public override Task<ListDossierEventsResponse> ListDossierEvents(ListDossierEventsRequest request, ServerCallContext context)
        => queries.ListEventsAsync(request, context);

    public override Task<GetControlSheetResponse> GetControlSheet(GetControlSheetRequest request, ServerCallContext context)
        => queries.ControlSheetAsync(request, context);

    public override Task<ListRefusalsResponse> ListRefusals(ListRefusalsRequest request, ServerCallContext context)
        => queries.ListRefusalsAsync(request, context);

    public override Task<GetStatisticsResponse> GetStatistics(GetStatisticsRequest request, ServerCallContext context)
        => queries.StatisticsAsync(request, context);
}
