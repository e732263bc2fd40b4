using Grpc.Core;
using Interop.Hub.Queries;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Services;

/// <summary>Serves RegistryService from the registry version in force.</summary>
internal sealed class RegistryServiceImpl(RegistryQueries queries) : RegistryService.RegistryServiceBase
{
    public override Task<GetRegistryInfoResponse> GetRegistryInfo(GetRegistryInfoRequest request, ServerCallContext context)
        => Task.FromResult(queries.Info(context));

    public override Task<GetAgencyResponse> GetAgency(GetAgencyRequest request, ServerCallContext context)
        => Task.FromResult(new GetAgencyResponse { Agency = queries.Agency(request.AgencyId, context) });

    public override Task<ListAgenciesResponse> ListAgencies(ListAgenciesRequest request, ServerCallContext context)
        => Task.FromResult(queries.Agencies(request, context));

    public override Task<GetProcedureResponse> GetProcedure(GetProcedureRequest request, ServerCallContext context)
        => Task.FromResult(new GetProcedureResponse { Procedure = queries.Procedure(request.ProcedureCode, context) });

    public override Task<ListProceduresResponse> ListProcedures(ListProceduresRequest request, ServerCallContext context)
        => Task.FromResult(queries.Procedures(request, context));

    public override Task<GetMemberResponse> GetMember(GetMemberRequest request, ServerCallContext context)
        => Task.FromResult(new GetMemberResponse { Member = queries.Member(request.MemberId, context) });

    public override Task<GetAdministrativeUnitResponse> GetAdministrativeUnit(GetAdministrativeUnitRequest request, ServerCallContext context)
        => Task.FromResult(new GetAdministrativeUnitResponse { Unit = RegistryQueries.Unit(request, context) });
}
