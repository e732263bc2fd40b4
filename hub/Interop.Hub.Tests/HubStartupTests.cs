using Grpc.Core;
using Grpc.Health.V1;
using Grpc.Reflection.V1Alpha;

namespace Interop.Hub.Tests;

public sealed class HubStartupTests : IAsyncLifetime
{
    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Hub_answers_health_serving_for_the_whole_server()
    {
        var reply = await hub.Members.Anonymous.Health.CheckAsync(new HealthCheckRequest { Service = "" });

        Assert.Equal(HealthCheckResponse.Types.ServingStatus.Serving, reply.Status);
    }

    [Fact]
    public async Task Hub_lists_every_service_of_the_standard_by_reflection()
    {
        var reflection = new ServerReflection.ServerReflectionClient(hub.Members.Anonymous.Invoker);
        using var call = reflection.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext());

        var services = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();

        Assert.Equal(
            new[]
            {
                "interop.audit.v1.AuditService",
                "interop.dossier.v1.DossierService",
                "interop.inbox.v1.InboxService",
                "interop.lookup.v1.CitizenLookupService",
                "interop.registry.v1.RegistryService",
            },
            services.Where(s => s.StartsWith("interop.", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains("grpc.health.v1.Health", services);
    }

    [Fact]
    public async Task Hub_answers_unimplemented_rather_than_faking_success()
    {
        // Every RPC of the standard is served now: a method the schema does not have stands in.
        var bytes = Marshallers.Create<byte[]>(b => b, b => b);
        var missing = new Method<byte[], byte[]>(MethodType.Unary, "interop.inbox.v1.InboxService", "NoSuchMethod", bytes, bytes);

        var error = await Assert.ThrowsAsync<RpcException>(
            async () => await hub.Members.Anonymous.Invoker.AsyncUnaryCall(missing, null, new CallOptions(), []));

        Assert.Equal(StatusCode.Unimplemented, error.StatusCode);
    }
}
