using Google.Rpc;
using Grpc.Core;
using Interop.Protos.Dossier.V1;

namespace Interop.Hub.Tests.Pagination;

/// <summary>STANDARD.md PAGE-1: a page token is valid only with the parameters it was issued for (AIP-158).</summary>
public sealed class PageTokenBindingTests(PageTokenBindingTests.Hub fixture) : IClassFixture<PageTokenBindingTests.Hub>
{
    private static readonly ListDossiersRequest First = new()
    {
        AgencyId = Members.Desk,
        Role = DossierRole.Receiving,
        Statuses = { DossierStatus.Received },
        PageSize = 3,
    };

    private readonly DeskDossiers desk = new(fixture.Members.Igate);

    [Theory]
    [InlineData("another role")]
    [InlineData("other statuses")]
    [InlineData("another agency")]
    public async Task A_token_reused_with_another_filter_is_invalid_argument_page_token_invalid(string change)
    {
        var token = (await desk.ListAsync(First)).NextPageToken;
        var next = new ListDossiersRequest(First) { PageToken = token };
        switch (change)
        {
            case "another role":
                next.Role = DossierRole.Holder;
                break;
            case "other statuses":
                next.Statuses.Add(DossierStatus.Processing);
                break;
            default:
                next.AgencyId = Members.OtherDesk;
                break;
        }

        var error = await Assert.ThrowsAsync<RpcException>(() => desk.ListAsync(next));

        Assert.Equal(StatusCode.InvalidArgument, error.StatusCode);
        var info = error.GetRpcStatus()!.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>();
        Assert.Equal("PAGE_TOKEN_INVALID", info.Reason);
        Assert.Equal("interop.hub", info.Domain);
    }

    [Fact]
    public async Task A_token_with_the_same_filter_and_another_page_size_gives_the_rest()
    {
        var first = await desk.ListAsync(First);

        var rest = await desk.ListAsync(new ListDossiersRequest(First) { PageToken = first.NextPageToken, PageSize = 10 });

        Assert.Equal(fixture.Received, first.Dossiers.Concat(rest.Dossiers).Select(d => d.Id));
        Assert.Empty(rest.NextPageToken);
    }

    /// <summary>One hub for the class, with four dossiers received at the desk.</summary>
    public sealed class Hub : HubFixture
    {
        public List<string> Received { get; } = [];

        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            var desk = new DeskDossiers(Members.Igate);
            for (var i = 0; i < 4; i++)
            {
                Received.Add(await desk.ReceiveAsync($"bound-{i}"));
            }
        }
    }
}
