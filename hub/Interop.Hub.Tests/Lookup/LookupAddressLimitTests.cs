using Grpc.Core;

namespace Interop.Hub.Tests.Lookup;

/// <summary>The per-address limit over a real hub: probing many codes from one address is throttled.</summary>
public sealed class LookupAddressLimitTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private LookupScenes scenes = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync(new() { Settings = ["--Hub:Lookup:FailuresPerAddress=4", "--Hub:Lookup:AddressWindow=00:10:00"] });
        scenes = new LookupScenes(hub);
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Probing_unknown_codes_from_one_address_is_refused_after_the_limit_and_successes_do_not_count()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());
        var (code, secret) = (received.Outcome.Dossier.NationalCode, received.LookupSecret);
        for (var i = 0; i < 10; i++)
        {
            await scenes.LookupAsync(code, secret);
        }

        var probes = new List<StatusCode>();
        for (var i = 0; i < 4; i++)
        {
            probes.Add((await scenes.RefusedAsync(LookupScenes.UnissuedCode(9100 + i), secret)).Code);
        }

        var throttled = await scenes.RefusedAsync(code, secret);

        Assert.All(probes, c => Assert.Equal(StatusCode.NotFound, c));
        Assert.Equal((StatusCode.ResourceExhausted, "RATE_LIMITED"), (throttled.Code, throttled.Reason));
        Assert.InRange(throttled.RetryDelay!.Value, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }
}
