using Grpc.Core;

namespace Interop.Hub.Tests.Lookup;

/// <summary>The per-code limit over a real hub: 3 failed look-ups of a code, then RESOURCE_EXHAUSTED even with the right secret.</summary>
public sealed class LookupCodeLimitTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private LookupScenes scenes = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync(new() { Settings = ["--Hub:Lookup:FailuresPerCode=3", "--Hub:Lookup:CodeWindow=00:15:00", "--Hub:Lookup:FailuresPerAddress=1000"] });
        scenes = new LookupScenes(hub);
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task After_the_failures_allowed_even_the_right_secret_is_refused_with_a_retry_delay()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());
        var (code, secret) = (received.Outcome.Dossier.NationalCode, received.LookupSecret);
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(StatusCode.NotFound, (await scenes.RefusedAsync(code, LookupScenes.WrongSecret(secret))).Code);
        }

        var locked = await scenes.RefusedAsync(code, secret);

        Assert.Equal((StatusCode.ResourceExhausted, "RATE_LIMITED"), (locked.Code, locked.Reason));
        Assert.InRange(locked.RetryDelay!.Value, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains(hub.Output, line => line.Contains(code, StringComparison.Ordinal) && line.Contains("refused for a while", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_locked_unknown_code_answers_like_a_locked_real_one()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());
        var (code, secret) = (received.Outcome.Dossier.NationalCode, received.LookupSecret);
        var unknown = LookupScenes.UnissuedCode(9002);
        for (var i = 0; i < 3; i++)
        {
            await scenes.RefusedAsync(code, LookupScenes.WrongSecret(secret));
            await scenes.RefusedAsync(unknown, secret);
        }

        var real = await scenes.RefusedAsync(code, secret);
        var unissued = await scenes.RefusedAsync(unknown, secret);

        Assert.Equal((real.Code, real.Reason, real.Message), (unissued.Code, unissued.Reason, unissued.Message));
        Assert.Equal(StatusCode.ResourceExhausted, unissued.Code);
    }

    [Fact]
    public async Task Right_secrets_do_not_count_against_the_code()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());
        var (code, secret) = (received.Outcome.Dossier.NationalCode, received.LookupSecret);
        for (var i = 0; i < 10; i++)
        {
            await scenes.LookupAsync(code, secret);
        }

        await scenes.RefusedAsync(code, LookupScenes.WrongSecret(secret));
        await scenes.RefusedAsync(code, LookupScenes.WrongSecret(secret));

        Assert.Equal(code, (await scenes.LookupAsync(code, secret)).NationalCode);
    }
}
