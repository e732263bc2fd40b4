using Grpc.Core;
using Interop.Domain.ControlSheets;
using Interop.Domain.Decisions;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Domain.Statistics;
using Interop.Hub.Errors;
using Interop.Hub.Identity;
using Interop.Hub.Storage;
using Interop.Hub.WritePath;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Store;

namespace Interop.Hub.Queries;

/// <summary>Audit reads: history, control sheet, refusals and statistics.</summary>
internal sealed class AuditQueries(IDossierStore store, IEventLog log, IRefusalLog refusals, DossierQueries dossiers, TimeProvider time, ILogger<AuditQueries> logger)
{
    public async Task<ListDossierEventsResponse> ListEventsAsync(ListDossierEventsRequest request, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        await dossiers.ReadableAsync(caller, request.DossierId, context);
        var binding = $"events|{caller.MemberId}|{request.DossierId}";
        var after = PageTokens.Read(request.PageToken, binding);
        var size = PageTokens.Size(request.PageSize, 100);
        var page = await store.ReadEventsAsync(request.DossierId, after, size + 1, context.CancellationToken);
        var response = new ListDossierEventsResponse();
        response.Events.Add(page.Take(size).Select(e => StoredEvents.ToEvent(e, log.LogId)));
        if (page.Count > size)
        {
            response.NextPageToken = PageTokens.Issue(page[size - 1].Sequence, binding);
        }

        return response;
    }

    public async Task<GetControlSheetResponse> ControlSheetAsync(GetControlSheetRequest request, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        var dossier = await dossiers.ReadableAsync(caller, request.DossierId, context);
        var events = await StoredEvents.ReadUpToAsync(store, request.DossierId, dossier.Version, context.CancellationToken);
        var bodies = events.Select(e => EventBody.Parser.ParseFrom(e.Body)).ToList();
        return new GetControlSheetResponse { ControlSheet = ControlSheetProjection.Project(bodies, time.GetUtcNow()) };
    }

    public async Task<ListRefusalsResponse> ListRefusalsAsync(ListRefusalsRequest request, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        var memberId = caller.IsAuditor ? (request.MemberId.Length == 0 ? null : request.MemberId) : caller.MemberId;
        if (request.MemberId.Length > 0 && !ReadRights.CanReadMember(caller, request.MemberId))
        {
            throw Fail.Denied(ErrorReason.DossierAccessDenied, "members read only their own refusals");
        }

        if (caller.IsAuditor)
        {
            HubLog.AuditorRead(logger, caller.MemberId, context.Method, memberId ?? "all members");
        }

        var violations = new List<FieldViolation>();
        InputChecks.Timestamps(request, "", violations);
        if (violations.Count > 0)
        {
            throw Fail.Fields(violations);
        }

        var binding = $"refusals|{caller.MemberId}|{memberId}|{request.StartTime}|{request.EndTime}";
        var after = PageTokens.Read(request.PageToken, binding);
        var size = PageTokens.Size(request.PageSize, 100);
        var page = await refusals.ListRefusalsAsync(
            new RefusalQuery(memberId, request.StartTime?.ToDateTimeOffset(), request.EndTime?.ToDateTimeOffset(), after, size + 1), context.CancellationToken);
        var response = new ListRefusalsResponse();
        response.Refusals.Add(page.Take(size).Select(r => new RefusalRecord
        {
            Position = r.Position,
            Time = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(r.Time),
            MemberId = r.MemberId,
            ActingAgencyId = r.ActingAgencyId,
            Method = r.Method,
            DossierId = r.DossierId,
            RequestId = r.RequestId,
            StatusCode = StoreValues.ToWire(r.StatusCode),
            Reason = r.Reason,
        }));
        if (page.Count > size)
        {
            response.NextPageToken = PageTokens.Issue(page[size - 1].Position, binding);
        }

        return response;
    }

    public async Task<GetStatisticsResponse> StatisticsAsync(GetStatisticsRequest request, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        if (!ReadRights.CanReadAgency(caller, request.AgencyId))
        {
            throw Fail.Denied(ErrorReason.AgencyNotRegisteredToMember, "statistics of an agency are read by its members and auditors");
        }

        if (caller.IsAuditor)
        {
            HubLog.AuditorRead(logger, caller.MemberId, context.Method, request.AgencyId);
        }

        var start = Civil.ToDate(request.PeriodStart) ?? throw Fail.Field("period_start", "a full date");
        var end = Civil.ToDate(request.PeriodEnd) ?? throw Fail.Field("period_end", "a full date");
        if (end < start)
        {
            throw Fail.Field("period_end", "on or after period_start");
        }

        var all = new List<Dossier>();
        long after = 0;
        while (true)
        {
            var page = await store.ListDossiersAsync(new DossierQuery(request.AgencyId, ListRole.Any, [], after, 500), context.CancellationToken);
            all.AddRange(page.Select(d => Dossier.Parser.ParseFrom(d.Dossier.State)));
            if (page.Count < 500)
            {
                break;
            }

            after = page[^1].CreatedOrder;
        }

        var procedure = request.ProcedureCode.Length == 0 ? null : request.ProcedureCode;
        return new GetStatisticsResponse { Statistics = OnTimeStatistics.Compute(all, request.AgencyId, procedure, start, end) };
    }
}
