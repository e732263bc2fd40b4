using Grpc.Core;
using Interop.Hub.Tests.Rights;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;

namespace Interop.Hub.Tests.Refusals;

/// <summary>
/// Every row of <see cref="RefusalTable"/> against one real hub: the status and reason the standard
/// states, and nothing written — the global log does not move, the affected dossier keeps its
/// version, no idempotency record is left (the same request id with a valid body then succeeds), and
/// the refusal log grows by exactly one for an authenticated caller and not at all otherwise.
/// </summary>
public sealed class RefusalTests(SceneHub hub) : IClassFixture<SceneHub>
{
    public static TheoryData<string> Rows { get; } = [.. RefusalTable.Rows.Select(r => r.Name)];

    [Fact]
    public void Table_has_at_least_thirty_distinct_rows()
    {
        Assert.True(RefusalTable.Rows.Count >= 30);
        Assert.Equal(RefusalTable.Rows.Count, RefusalTable.Rows.Select(r => r.Name).Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Hub_refuses_with_the_standard_answer_and_writes_nothing(string name)
    {
        var row = RefusalTable.Named(name);
        var stage = await row.Arrange(hub.Scenes);
        var refusalsBefore = await hub.RefusalsAsync();
        var positionBefore = await hub.ProbeAsync();
        var requestId = Scenes.NewRequestId("refused");

        var error = await WireError.OfCallAsync(() => row.Refused(stage, requestId));

        Assert.Equal($"{row.Code} {row.Reason}", error.Summary);
        if (row.Field is { } expected)
        {
            var (field, description) = expected.Split('=') is [var f, var d] ? (f, d) : (expected, "");
            Assert.Contains(error.Violations, v => v.Field == field && v.Description.StartsWith(description, StringComparison.Ordinal));
        }

        if (row.Code == StatusCode.InvalidArgument && row.Reason != "REQUEST_MALFORMED")
        {
            Assert.NotEmpty(error.Violations);
        }

        if (row.Reason == "VERSION_MISMATCH")
        {
            Assert.Equal(stage.Dossier!.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), error.Info.Metadata["current_version"]);
        }

        Assert.Equal(positionBefore + 1, await hub.ProbeAsync());
        if (stage.Dossier is { } dossier)
        {
            Assert.Equal(dossier.Version, (await hub.Scenes.ReadAsync(dossier.Id)).Version);
        }

        var refusalsAfter = await hub.RefusalsAsync();
        Assert.Equal(refusalsBefore.Count + (row.Logged ? 1 : 0), refusalsAfter.Count);
        if (row.Logged)
        {
            var recorded = refusalsAfter[^1];
            Assert.Equal((int)row.Code, recorded.StatusCode);
            Assert.Equal(row.Reason, recorded.Reason);
            Assert.NotEmpty(recorded.MemberId);
            Assert.NotEmpty(recorded.Method);
        }

        if (row.Retry is not null)
        {
            await row.Retry(stage, requestId);
        }
    }

    [Fact]
    public async Task Unknown_dossier_and_unreadable_dossier_answer_alike()
    {
        var existing = await hub.Scenes.BuildAsync(Scene.Received);
        var tax = hub.Members.TaxSystem;

        var unknown = await WireError.OfCallAsync(() => tax.Dossiers.AddNoteAsync(Scenes.Note(Scenes.NewRequestId(), Members.Tax, "d-doesnotexist")).ResponseAsync);
        var unreadable = await WireError.OfCallAsync(() => tax.Dossiers.AddNoteAsync(Scenes.Note(Scenes.NewRequestId(), Members.Tax, existing.Id)).ResponseAsync);
        var unknownRead = await WireError.OfCallAsync(() => tax.Dossiers.GetDossierAsync(new GetDossierRequest { DossierId = "d-doesnotexist" }).ResponseAsync);
        var unreadableRead = await WireError.OfCallAsync(() => tax.Dossiers.GetDossierAsync(new GetDossierRequest { DossierId = existing.Id }).ResponseAsync);

        Assert.Equal("PermissionDenied DOSSIER_ACCESS_DENIED", unknown.Summary);
        Assert.Equal((unknown.Summary, unknown.Message), (unreadable.Summary, unreadable.Message));
        Assert.Equal("PermissionDenied DOSSIER_ACCESS_DENIED", unknownRead.Summary);
        Assert.Equal((unknownRead.Summary, unknownRead.Message), (unreadableRead.Summary, unreadableRead.Message));
    }

    [Theory]
    [InlineData(10u, LimitUnit.WorkingMinutes)]
    [InlineData(2u, LimitUnit.WorkingMinutes)]
    [InlineData(36_500u, LimitUnit.WorkingHours)]
    public async Task Step_limit_the_standard_allows_is_accepted_not_answered_internal(uint amount, LimitUnit unit)
    {
        var dossier = await hub.Scenes.BuildAsync(Scene.Received);
        var igate = hub.Members.Igate;
        var offer = new OfferHandoverRequest
        {
            Context = Scenes.Context(Scenes.NewRequestId(), Members.Desk),
            DossierId = dossier.Id,
            ToAgencyId = Members.Land,
            StepLimit = new ProcessingLimit { Amount = amount, Unit = unit },
        };

        var offered = (await igate.Dossiers.OfferHandoverAsync(offer)).Outcome;

        Assert.True(offered.Dossier.Custody.Handovers[^1].Deadline.ToDateTimeOffset() > DateTimeOffset.UtcNow);
    }

    [Fact]
    public async Task Refused_reception_keeps_the_vendor_code_free()
    {
        var igate = hub.Members.Igate;
        var refused = Scenes.Receive(Scenes.NewRequestId());
        refused.Dossier.Details.Procedure.ProcedureCode = "9.999999";
        await WireError.OfCallAsync(() => igate.Dossiers.ReceiveDossierAsync(refused).ResponseAsync);

        var valid = Scenes.Receive(Scenes.NewRequestId());
        valid.VendorCode = refused.VendorCode;
        var received = (await igate.Dossiers.ReceiveDossierAsync(valid)).Outcome;

        Assert.Equal(refused.VendorCode, received.Dossier.VendorCode.Code);
    }
}
