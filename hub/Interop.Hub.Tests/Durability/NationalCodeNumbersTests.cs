using System.Globalization;
using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using Microsoft.Data.Sqlite;
using Interop.Protos.Dossier.V1;
using Xunit.Abstractions;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// STANDARD.md ID-2a: a hub-issued code costs no sync of its own (numbers are reserved ahead in
/// blocks), and a receive whose append did not commit gives its number back.
/// </summary>
[Collection(DurabilityCollection.Name)]
public sealed class NationalCodeNumbersTests(ITestOutputHelper output) : IAsyncLifetime
{
    // The first block the hub reserves for a day has this size (CodeNumbers.BlockSize).
    private const int CodeBlock = 100;

    private TestHub hub = null!;

    public async Task InitializeAsync() => hub = await TestHub.StartAsync();

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Sixty_four_concurrent_receives_at_a_hub_issued_desk_wait_for_no_reservation_and_take_numbers_one_to_sixty_four()
    {
        var igate = Members.IgateOn(hub.Channel);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7));
        var before = await StoreCountersProbe.ReadAsync(hub.Address);

        var answers = await Task.WhenAll(Enumerable.Range(0, 64)
            .Select(i => igate.Dossiers.ReceiveDossierAsync(Today($"concurrent-{i}", $"H21.129-261201-{i:0000}")).ResponseAsync));

        var after = await StoreCountersProbe.ReadAsync(hub.Address);
        output.WriteLine($"{after.Appends - before.Appends} appends in {after.Commits - before.Commits} disk syncs; {after.CodeNumberWaits - before.CodeNumberWaits} waits for a code reservation");
        Assert.Equal(0, after.CodeNumberWaits - before.CodeNumberWaits);
        Assert.Equal(64, after.Appends - before.Appends);
        Assert.True(after.Commits - before.Commits < 64, $"{after.Commits - before.Commits} syncs for 64 receives: no sync was shared");
        Assert.Equal(Enumerable.Range(1, 64), answers.Select(a => NumberOf(a.Outcome.Dossier.NationalCode)).Order());
        Assert.All(answers, a => Assert.StartsWith($"{Members.Desk}-{today:yyMMdd}-", a.Outcome.Dossier.NationalCode, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fifty_identical_receives_leave_no_code_number_unused()
    {
        var igate = Members.IgateOn(hub.Channel);
        var request = Today("identical", "H21.129-261201-0500");

        var identical = await Task.WhenAll(Enumerable.Range(0, 50)
            .Select(_ => igate.Dossiers.ReceiveDossierAsync(request.Clone()).ResponseAsync));
        var next = await igate.Dossiers.ReceiveDossierAsync(Today("after-identical", "H21.129-261201-0501"));

        // The one that committed keeps its number (whichever of the fifty reached the store first);
        // the other 49 went back, so the next receive takes the lowest number not held.
        var held = NumberOf(Assert.Single(identical.Select(a => a.Outcome.Dossier.NationalCode).Distinct()));
        Assert.InRange(held, 1, 50);
        Assert.Equal(held == 1 ? 2 : 1, NumberOf(next.Outcome.Dossier.NationalCode));
    }

    [Fact]
    public async Task A_restart_leaves_at_most_the_rest_of_the_reserved_block_unused_and_never_repeats_a_number()
    {
        var igate = Members.IgateOn(hub.Channel);
        var before = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            before.Add((await igate.Dossiers.ReceiveDossierAsync(Today($"before-restart-{i}", $"H21.129-261201-06{i:00}"))).Outcome.Dossier.NationalCode);
        }

        hub = await hub.RestartAsync();
        igate = Members.IgateOn(hub.Channel);
        var after = await igate.Dossiers.ReceiveDossierAsync(Today("after-restart", "H21.129-261201-0700"));

        Assert.Equal([1, 2, 3], before.Select(NumberOf));
        Assert.Equal(CodeBlock + 1, NumberOf(after.Outcome.Dossier.NationalCode));
    }

    [Fact]
    public async Task After_the_days_last_number_a_receive_is_refused_as_exhausted_and_writes_nothing()
    {
        var igate = Members.IgateOn(hub.Channel);
        await igate.Dossiers.ReceiveDossierAsync(Today("before-the-last", "H21.129-261201-0900"));
        await hub.StopAsync();
        await using (var file = new SqliteConnection($"Data Source={Path.Combine(hub.DataDirectory, "hub.db")};Pooling=False"))
        {
            // As if the desk had issued all but two of the day's numbers.
            await file.OpenAsync();
            await using var command = file.CreateCommand();
            command.CommandText = "UPDATE daily_sequences SET next = 999998 WHERE agency_id = $agency";
            command.Parameters.AddWithValue("$agency", Members.Desk);
            Assert.True(await command.ExecuteNonQueryAsync() > 0);
        }

        hub = await hub.RestartAsync();
        igate = Members.IgateOn(hub.Channel);
        var last = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            last.Add(NumberOf((await igate.Dossiers.ReceiveDossierAsync(Today($"last-{i}", $"H21.129-261201-091{i}"))).Outcome.Dossier.NationalCode));
        }

        var refused = await Assert.ThrowsAsync<RpcException>(() => igate.Dossiers.ReceiveDossierAsync(Today("one-too-many", "H21.129-261201-0920")).ResponseAsync);

        Assert.Equal([999_998, 999_999], last);
        Assert.Equal("ResourceExhausted NATIONAL_CODES_EXHAUSTED", WireError.Of(refused).Summary);
        var listed = await igate.Dossiers.ListDossiersAsync(new ListDossiersRequest { AgencyId = Members.Desk });
        Assert.Equal(3, listed.Dossiers.Count);
    }

    /// <summary>A new dossier received now (native, no claimed time): its code is of today's sequence.</summary>
    private static ReceiveDossierRequest Today(string requestId, string vendorCode) => new()
    {
        Context = new CommandContext { RequestId = requestId, ActingAgencyId = Members.Desk },
        VendorCode = vendorCode,
        Dossier = Input(),
    };

    private static int NumberOf(string nationalCode) => int.Parse(nationalCode[(nationalCode.LastIndexOf('-') + 1)..], CultureInfo.InvariantCulture);
}
