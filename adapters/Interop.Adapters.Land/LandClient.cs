using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Interop.Adapters.Land;

/// <summary>
/// The land system's HTTP API as the adapter calls it: a client-credentials token taken when missing,
/// expired or refused (401, once per call); each attempt with its own deadline; 5xx, time-outs and
/// connection failures retried with exponential back-off and full jitter, except a transfer: the land
/// system does not de-duplicate, and a transfer whose answer was lost may have been taken, so the
/// caller looks for its marker (<c>SecurityCode</c>, <see cref="FindAsync"/>) before it sends one again.
/// </summary>
public sealed class LandClient(HttpClient http, LandOptions options) : IDisposable
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = null };
    private readonly SemaphoreSlim tokenGate = new(1, 1);
    private string? token;
    private DateTime tokenExpires;

    /// <summary>
    /// Sends a transfer once (the land system does not de-duplicate, so this is never retried here; a
    /// caller that met a failure looks for the marker before sending again); the id of the record it made.
    /// </summary>
    public async Task<string> TransferOnceAsync(LandTransfer transfer, CancellationToken cancellationToken)
    {
        using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Post, "api/v1/ho-so/tiep-nhan") { Content = JsonContent.Create(transfer, options: Json) }, cancellationToken, attempts: 1);
        return (await answer.Content.ReadFromJsonAsync<JsonElement>(Json, cancellationToken)).GetProperty("MaHoSo").GetString()!;
    }

    /// <summary>The records the land system holds for a receipt number whose marker is the given one, every page read.</summary>
    public async Task<IReadOnlyList<LandRecord>> FindAsync(string receipt, string marker, CancellationToken cancellationToken)
        => [.. (await RecordsAsync(receipt, cancellationToken)).Where(r => r.SecurityCode == marker)];

    /// <summary>The records the land system holds, for one receipt number or (null) all, every page read.</summary>
    public async Task<IReadOnlyList<LandRecord>> RecordsAsync(string? receipt, CancellationToken cancellationToken)
    {
        var found = new List<LandRecord>();
        for (var page = 1; ; page++)
        {
            var uri = $"api/v1/ho-so?{(receipt is null ? "" : $"soBienNhan={Uri.EscapeDataString(receipt)}&")}trang={page}&soLuong=50";
            using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, uri), cancellationToken);
            var records = (await answer.Content.ReadFromJsonAsync<LandPage>(Json, cancellationToken))!;
            found.AddRange(records.DuLieu);
            if (records.DuLieu.Count == 0 || found.Count >= records.TongSo)
            {
                return found;
            }
        }
    }

    /// <summary>The feed's reports after a sequence.</summary>
    public async Task<IReadOnlyList<LandReport>> ReportsAsync(long after, CancellationToken cancellationToken)
    {
        using var answer = await SendAsync(() => new HttpRequestMessage(HttpMethod.Get, $"api/v1/phan-hoi?sau={after}&soLuong=50"), cancellationToken);
        return (await answer.Content.ReadFromJsonAsync<List<LandReport>>(Json, cancellationToken))!;
    }

    public void Dispose() => tokenGate.Dispose();

    private async Task<HttpResponseMessage> SendAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken, int? attempts = null)
    {
        var maxAttempts = attempts ?? options.MaxAttempts;
        var refreshed = false;
        for (var attempt = 1; ; attempt++)
        {
            HttpResponseMessage? answer = null;
            try
            {
                using var call = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                call.CancelAfter(options.CallTimeout);
                using var message = request();
                message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(force: false, cancellationToken));
                answer = await http.SendAsync(message, call.Token);
                if (answer.StatusCode == HttpStatusCode.Unauthorized && !refreshed)
                {
                    // The token expired before its time, or the land system restarted.
                    refreshed = true;
                    await TokenAsync(force: true, cancellationToken);
                    answer.Dispose();
                    attempt--;
                    continue;
                }

                if ((int)answer.StatusCode < 500)
                {
                    answer.EnsureSuccessStatusCode();
                    return answer;
                }
            }
            catch (Exception exception) when (attempt < maxAttempts && !cancellationToken.IsCancellationRequested && exception is HttpRequestException { StatusCode: null } or OperationCanceledException)
            {
                // No answer (connection refused, reset, or the deadline): try again.
                answer?.Dispose();
            }

            if (attempt >= maxAttempts)
            {
                var status = answer?.StatusCode;
                answer?.Dispose();
                throw new HttpRequestException($"The land system did not answer after {attempt} attempts (last status {status?.ToString() ?? "none"}).", null, status);
            }

            answer?.Dispose();
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(5_000, 100 * Math.Pow(2, attempt - 1))), cancellationToken);
        }
    }

    private async Task<string> TokenAsync(bool force, CancellationToken cancellationToken)
    {
        await tokenGate.WaitAsync(cancellationToken);
        try
        {
            if (!force && token is not null && DateTime.UtcNow < tokenExpires)
            {
                return token;
            }

            using var form = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", options.ClientId), new("client_secret", options.ClientSecret)]);
            using var answer = await http.PostAsync(new Uri("connect/token", UriKind.Relative), form, cancellationToken);
            answer.EnsureSuccessStatusCode();
            var granted = await answer.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            token = granted.GetProperty("access_token").GetString();
            // Taken again a little before it expires, so a call does not meet its expiry halfway.
            tokenExpires = DateTime.UtcNow.AddSeconds(granted.GetProperty("expires_in").GetInt32() * 0.8);
            return token!;
        }
        finally
        {
            tokenGate.Release();
        }
    }
}
