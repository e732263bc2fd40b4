using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Interop.Domain.Registry;
using Interop.Domain.Rights;
using Interop.Domain.Units;
using Interop.Hub.Errors;
using Interop.Hub.Identity;
using Interop.Hub.Keys;
using Interop.Hub.Registry;
using Interop.Protos.Registry.V1;
using Interop.Store;

namespace Interop.Hub.Queries;

/// <summary>Reads of the registry in force. Any registered member reads it; key pins only the member itself and auditors.</summary>
internal sealed class RegistryQueries(RegistryHolder registry, HubSigningKey key, IEventLog store)
{
    public const string StandardVersion = "1.0.0-draft";

    public GetRegistryInfoResponse Info(ServerCallContext context)
    {
        AuthenticatedCaller.Of(context);
        var hub = registry.Current;
        return new GetRegistryInfoResponse
        {
            Version = hub.Version,
            Digest = ByteString.CopyFrom(hub.Digest),
            RecordedTime = Timestamp.FromDateTimeOffset(hub.RecordedTime),
            HubKeys = { new HubKey { KeyId = key.KeyId, PublicKey = ByteString.CopyFrom(key.SubjectPublicKeyInfo), Algorithm = HubSigningKey.Algorithm, VerifierKey = key.VerifierKey } },
            LogId = store.LogId,
            StandardVersion = StandardVersion,
        };
    }

    public Agency Agency(string id, ServerCallContext context)
    {
        AuthenticatedCaller.Of(context);
        return registry.Current.Agency(id) ?? throw Fail.NotFound($"no agency {id}");
    }

    public Procedure Procedure(string code, ServerCallContext context)
    {
        AuthenticatedCaller.Of(context);
        return registry.Current.Procedure(code) ?? throw Fail.NotFound($"no procedure {code}");
    }

    public Member Member(string id, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        var member = registry.Current.Member(id)?.Clone() ?? throw Fail.NotFound($"no member {id}");
        if (!ReadRights.CanReadMember(caller, id))
        {
            member.KeyPins.Clear();
        }

        return member;
    }

    public ListAgenciesResponse Agencies(ListAgenciesRequest request, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        var (page, next) = Page(registry.Current.Snapshot.Agencies.OrderBy(a => a.Id, StringComparer.Ordinal).ToList(), request.PageToken, request.PageSize, $"agencies|{caller.MemberId}");
        return new ListAgenciesResponse { Agencies = { page }, NextPageToken = next };
    }

    public ListProceduresResponse Procedures(ListProceduresRequest request, ServerCallContext context)
    {
        var caller = AuthenticatedCaller.Of(context);
        var all = registry.Current.Snapshot.Procedures.Where(p => request.SectorCode.Length == 0 || p.SectorCode == request.SectorCode).OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var (page, next) = Page(all, request.PageToken, request.PageSize, $"procedures|{caller.MemberId}|{request.SectorCode}");
        return new ListProceduresResponse { Procedures = { page }, NextPageToken = next };
    }

    public static Protos.Registry.V1.AdministrativeUnit Unit(GetAdministrativeUnitRequest request, ServerCallContext context)
    {
        AuthenticatedCaller.Of(context);
        var units = AdministrativeUnits.Shipped;
        var found = request.Edition switch
        {
            Protos.Type.V1.UnitListEdition.List2004 => units.Find(request.Code, Domain.Units.UnitListEdition.List2004),
            Protos.Type.V1.UnitListEdition.List2025 => units.Find(request.Code, Domain.Units.UnitListEdition.List2025),
            _ => Civil.ToDate(request.OnDate) is { } date
                ? units.FindOn(request.Code, (Domain.Units.UnitLevel)(int)request.Level, date)
                : throw Fail.Field("edition", "name the list edition, or the date the code was used on with its level"),
        };
        return found is null ? throw Fail.NotFound($"no unit {request.Code}") : UnitMessages.ToMessage(found, units);
    }

    private static (IEnumerable<T> Page, string Next) Page<T>(IReadOnlyList<T> all, string token, int requested, string binding)
    {
        var start = (int)PageTokens.Read(token, binding);
        var size = PageTokens.Size(requested, 100);
        var next = start + size < all.Count ? PageTokens.Issue(start + size, binding) : "";
        return (all.Skip(start).Take(size), next);
    }
}
