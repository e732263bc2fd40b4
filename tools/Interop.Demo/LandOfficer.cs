using System.Net.Http.Headers;
using System.Text.Json;
using Interop.Sim.Land;

namespace Interop.Demo;

/// <summary>
/// An officer of the land office at the land system's screens (its HTTP API): finds a record by the
/// desk's receipt number and changes its status. Signed in once (again on a 401), so that a change is
/// one call, stamped by the land system at once.
/// </summary>
internal sealed class LandOfficer(Uri landSystem, string clientId, string clientSecret) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };
    private readonly HttpClient http = new() { BaseAddress = landSystem };

    /// <summary>The land system's records of a receipt number.</summary>
    public async Task<IReadOnlyList<LandRecord>> RecordsAsync(string receipt, CancellationToken cancellationToken)
    {
        using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"api/v1/ho-so?soBienNhan={Uri.EscapeDataString(receipt)}"), cancellationToken);
        return (await answer.Content.ReadFromJsonAsync<LandPage<LandRecord>>(Json, cancellationToken))!.Items;
    }

    public async Task UpdateAsync(string record, int status, string content, CancellationToken cancellationToken)
    {
        using var answer = await SendAsync(
            () => new HttpRequestMessage(HttpMethod.Post, $"api/v1/ho-so/{record}/cap-nhat") { Content = JsonContent.Create(new LandSystem.OfficerUpdate(status, content), options: Json) },
            cancellationToken);
    }

    public void Dispose() => http.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        if (http.DefaultRequestHeaders.Authorization is null)
        {
            await SignInAsync(cancellationToken);
        }

        using (var first = request())
        {
            var answer = await http.SendAsync(first, cancellationToken);
            if (answer.StatusCode != System.Net.HttpStatusCode.Unauthorized)
            {
                return answer.EnsureSuccessStatusCode();
            }

            answer.Dispose();
        }

        await SignInAsync(cancellationToken);
        using var again = request();
        return (await http.SendAsync(again, cancellationToken)).EnsureSuccessStatusCode();
    }

    private async Task SignInAsync(CancellationToken cancellationToken)
    {
        using var form = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", clientId), new("client_secret", clientSecret)]);
        using var answer = await http.PostAsync(new Uri("connect/token", UriKind.Relative), form, cancellationToken);
        answer.EnsureSuccessStatusCode();
        var token = (await answer.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }
}
