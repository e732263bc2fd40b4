using Google.Rpc;
using Grpc.Core;
using Grpc.Health.V1;
using static Grpc.Health.V1.HealthCheckResponse.Types;

namespace Interop.Hub.Tests.StoreHealth;

/// <summary>What a client sees of the store's health: the health status of service "" and the refusals' ErrorInfo.</summary>
internal static class StoreWatch
{
    /// <summary>Waits until health checking answers the status (the hub probes the store at most once a second).</summary>
    public static async Task HealthBecomesAsync(HubChild hub, ServingStatus expected)
    {
        var health = new HubClient(hub.Channel).Health;
        await Wait.ForAsync(
            async () => (await health.CheckAsync(new HealthCheckRequest { Service = "" })).Status,
            status => status == expected,
            $"health {expected}",
            TimeSpan.FromSeconds(10),
            TimeSpan.FromMilliseconds(100),
            status => $"health stayed {status}");
    }

    /// <summary>Asserts UNAVAILABLE with the one ErrorInfo's reason STORE_UNAVAILABLE.</summary>
    public static async Task AssertStoreUnavailableAsync(Func<Task> call)
    {
        var error = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(StatusCode.Unavailable, error.StatusCode);
        var info = error.GetRpcStatus()!.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>();
        Assert.Equal("STORE_UNAVAILABLE", info.Reason);
    }
}
