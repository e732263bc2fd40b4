using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using Interop.Protos.Audit.V1;
using Interop.Protos.Inbox.V1;

namespace Interop.Hub.Tests.Inbox;

/// <summary>Only a member registered for an agency reads its inbox; refusals are recorded like every other; bad arguments are named.</summary>
public sealed class InboxRefusalTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private Members members = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync();
        members = hub.Members;
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    private async Task<List<RefusalRecord>> RefusalsOfAsync(string memberId)
        => [.. (await members.Auditor.Audit.ListRefusalsAsync(new ListRefusalsRequest { MemberId = memberId })).Refusals];

    private static async Task<WireError> StreamErrorAsync(HubClient probe, StreamInboxRequest request)
        => await WireError.OfCallAsync(async () =>
        {
            using var call = probe.Inbox.StreamInbox(request);
            while (await call.ResponseStream.MoveNext())
            {
            }
        });

    [Fact]
    public async Task Member_not_registered_for_the_agency_is_denied_each_inbox_call_and_each_refusal_is_recorded()
    {
        var land = members.Vbdlis;

        var errors = new[]
        {
            await WireError.OfCallAsync(() => land.PullAsync(Members.Desk)),
            await StreamErrorAsync(land, new StreamInboxRequest { AgencyId = Members.Desk }),
            await WireError.OfCallAsync(() => land.AcknowledgeAsync(Members.Desk, 0)),
        };

        Assert.All(errors, e => Assert.Equal("PermissionDenied AGENCY_NOT_REGISTERED_TO_MEMBER", e.Summary));
        var recorded = await RefusalsOfAsync("member-vbdlis-gialai");
        Assert.Equal(
            new[] { "/interop.inbox.v1.InboxService/PullInbox", "/interop.inbox.v1.InboxService/StreamInbox", "/interop.inbox.v1.InboxService/AcknowledgeInbox" },
            recorded.Select(r => r.Method));
        Assert.All(recorded, r => Assert.Equal((Members.Desk, "AGENCY_NOT_REGISTERED_TO_MEMBER", (int)StatusCode.PermissionDenied), (r.ActingAgencyId, r.Reason, r.StatusCode)));
    }

    [Fact]
    public async Task Auditor_may_not_subscribe_and_the_refusal_is_recorded()
    {
        var auditor = members.Auditor;

        var pull = await WireError.OfCallAsync(() => auditor.PullAsync(Members.Desk));
        var stream = await StreamErrorAsync(auditor, new StreamInboxRequest { AgencyId = Members.Desk });

        Assert.Equal("PermissionDenied AGENCY_NOT_REGISTERED_TO_MEMBER", pull.Summary);
        Assert.Equal("PermissionDenied AGENCY_NOT_REGISTERED_TO_MEMBER", stream.Summary);
        Assert.Equal(2, (await RefusalsOfAsync("member-auditor-vpcp")).Count(r => r.Method.StartsWith("/interop.inbox.v1.InboxService/", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Caller_without_a_token_is_unauthenticated()
    {
        var anonymous = members.Anonymous;

        Assert.Equal(StatusCode.Unauthenticated, (await WireError.OfCallAsync(() => anonymous.PullAsync(Members.Desk))).Code);
        Assert.Equal(StatusCode.Unauthenticated, (await StreamErrorAsync(anonymous, new StreamInboxRequest { AgencyId = Members.Desk })).Code);
    }

    [Theory]
    [InlineData("", 0, 0, 0, "agency_id")]
    [InlineData(Members.Desk, 1, -1, 0, "after_sequence")]
    [InlineData(Members.Desk, 1, 5, 0, "after_sequence")]
    [InlineData(Members.Desk, 0, 0, -1, "max_items")]
    [InlineData(Members.Desk, 9, 0, 0, "start")]
    public async Task Pull_with_a_bad_argument_is_invalid_and_names_the_field(string agencyId, int start, long after, int max, string field)
    {
        var igate = members.Igate;

        var error = await WireError.OfCallAsync(() => igate.Inbox.PullInboxAsync(
            new PullInboxRequest { AgencyId = agencyId, Start = (StartPosition)start, AfterSequence = after, MaxItems = max }).ResponseAsync);

        Assert.Equal(StatusCode.InvalidArgument, error.Code);
        Assert.Equal(field, Assert.Single(error.Violations).Field);
    }

    [Fact]
    public async Task Pull_with_a_negative_wait_is_invalid()
    {
        var error = await WireError.OfCallAsync(() => members.Igate.PullAsync(Members.Desk, wait: TimeSpan.FromSeconds(-1)));

        Assert.Equal("wait", Assert.Single(error.Violations).Field);
    }
}
