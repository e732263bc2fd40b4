using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Sim.Land.Tests;

/// <summary>The simulated land system on real Kestrel on loopback, as an adapter meets it: as wrong as a real one.</summary>
public sealed class LandSystemTests : IDisposable
{
    private readonly TempDirectory folder = new("interop-sim-land-");
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(60));

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task A_token_expires_and_a_call_with_it_is_refused_401_until_a_new_one_is_taken()
    {
        await using var land = await StartAsync("--Land:TokenLifetime=1");
        using var http = land.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.PostAsync(new Uri("/connect/token", UriKind.Relative), Form("interop", "sai"), Ct)).StatusCode);
        await AuthenticateAsync(http, Ct);

        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/v1/phan-hoi", UriKind.Relative), Ct)).StatusCode);
        await Task.Delay(1_300, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, (await http.GetAsync(new Uri("/api/v1/phan-hoi", UriKind.Relative), Ct)).StatusCode);
        await AuthenticateAsync(http, Ct);
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/api/v1/phan-hoi", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_transfer_posted_twice_makes_two_records_and_lists_come_a_page_at_a_time()
    {
        await using var land = await StartAsync("--Land:MaxPageSize=2");
        using var http = land.Client();
        await AuthenticateAsync(http, Ct);

        var first = await PostAsync(http, Transfer("BN-1", "ev-1"));
        var again = await PostAsync(http, Transfer("BN-1", "ev-1"));
        await PostAsync(http, Transfer("BN-2", "ev-2"));

        Assert.NotEqual(first, again);
        var page = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/ho-so?soLuong=50", UriKind.Relative), Ct);
        Assert.Equal((3, 2), (page.GetProperty("TongSo").GetInt32(), page.GetProperty("DuLieu").GetArrayLength()));
        var byReceipt = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/ho-so?soBienNhan=BN-1", UriKind.Relative), Ct);
        Assert.Equal(2, byReceipt.GetProperty("TongSo").GetInt32());
        Assert.Equal("ev-1", byReceipt.GetProperty("DuLieu")[0].GetProperty("SecurityCode").GetString());
    }

    [Fact]
    public async Task An_officers_update_is_published_in_the_feed_after_its_cursor()
    {
        await using var land = await StartAsync();
        using var http = land.Client();
        await AuthenticateAsync(http, Ct);
        var id = await PostAsync(http, Transfer("BN-1", "ev-1"));

        await http.PostAsJsonAsync(new Uri($"/api/v1/ho-so/{id}/cap-nhat", UriKind.Relative), new { MaTrangThai = LandCodes.AwaitingSupplement, NoiDungXuLy = "Thiếu sơ đồ thửa đất" }, Ct);
        await http.PostAsJsonAsync(new Uri($"/api/v1/ho-so/{id}/cap-nhat", UriKind.Relative), new { MaTrangThai = LandCodes.Finished, NoiDungXuLy = "Đã cấp giấy chứng nhận" }, Ct);

        var all = await http.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/phan-hoi?sau=0", UriKind.Relative), Ct);
        Assert.Equal([LandCodes.ReportAwaitingSupplement, LandCodes.ReportFinished], all.EnumerateArray().Select(r => r.GetProperty("Loai").GetString()));
        var after = await http.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/phan-hoi?sau={all[0].GetProperty("Seq").GetInt64()}", UriKind.Relative), Ct);
        Assert.Equal(("BN-1", "Đã cấp giấy chứng nhận"), (after.EnumerateArray().Single().GetProperty("SoBienNhan").GetString(), after[0].GetProperty("NoiDungXuLy").GetString()));
    }

    [Fact]
    public async Task Switched_on_faults_answer_5xx_make_duplicate_records_and_malformed_reports()
    {
        await using (var failing = await StartAsync("--Land:Faults:ErrorRate=1"))
        {
            using var http = failing.Client();
            await AuthenticateAsync(http, Ct);
            var answer = await http.PostAsJsonAsync(new Uri("/api/v1/ho-so/tiep-nhan", UriKind.Relative), Transfer("BN-1", "ev-1"), Ct);
            Assert.Contains((int)answer.StatusCode, new[] { 500, 503 });
        }

        await using var land = await StartAsync("--Land:Faults:DuplicateRate=1", "--Land:Faults:MalformedRate=1");
        using var client = land.Client();
        await AuthenticateAsync(client, Ct);
        var id = await PostAsync(client, Transfer("BN-1", "ev-1"));
        await client.PostAsJsonAsync(new Uri($"/api/v1/ho-so/{id}/cap-nhat", UriKind.Relative), new { MaTrangThai = LandCodes.Finished, NoiDungXuLy = "Xong" }, Ct);

        var records = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/ho-so?soBienNhan=BN-1", UriKind.Relative), Ct);
        Assert.Equal(2, records.GetProperty("TongSo").GetInt32());
        var reports = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/v1/phan-hoi", UriKind.Relative), Ct);
        Assert.Equal("32/13/2025 25:61:00", reports[0].GetProperty("NgayCapNhat").GetString());
    }

    public void Dispose()
    {
        timeout.Dispose();
        folder.Dispose();
    }

    private static object Transfer(string receipt, string marker) => new
    {
        SoBienNhan = receipt, MaCanBoChuyen = "CB01", MaCanBoNhan = "", MaTrangThai = 1, LaTrangThaiChuyenLai = false,
        NoiDungXuLy = "Chuyển hồ sơ đăng ký biến động", NgayChuyen = "02/12/2025 09:00:00", HanXuLy = 10,
        DanhSachTapTin = new[] { new { TenGiayTo = "Đơn đăng ký", KieuFile = "pdf", LinkFile = "", SoBanSao = 0, SoBanChinh = 1 } }, SecurityCode = marker,
    };

    private async Task<string> PostAsync(HttpClient http, object transfer)
    {
        var answer = await http.PostAsJsonAsync(new Uri("/api/v1/ho-so/tiep-nhan", UriKind.Relative), transfer, Ct);
        answer.EnsureSuccessStatusCode();
        return (await answer.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("MaHoSo").GetString()!;
    }

    private static async Task AuthenticateAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var answer = await http.PostAsync(new Uri("/connect/token", UriKind.Relative), Form("interop", "bi-mat"), cancellationToken);
        answer.EnsureSuccessStatusCode();
        var token = (await answer.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
    }

    private static FormUrlEncodedContent Form(string id, string secret)
        => new([new("grant_type", "client_credentials"), new("client_id", id), new("client_secret", secret)]);

    private async Task<RunningLand> StartAsync(params string[] settings)
    {
        var app = LandSystem.Build(["--urls", "http://127.0.0.1:0", $"--Land:Db={folder.File(Guid.NewGuid().ToString("N") + ".db")}", .. settings]);
        await app.StartAsync(Ct);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new RunningLand(app, new Uri(address));
    }

    private sealed class RunningLand(WebApplication app, Uri address) : IAsyncDisposable
    {
        public HttpClient Client() => new() { BaseAddress = address };

        public async ValueTask DisposeAsync()
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }
}
