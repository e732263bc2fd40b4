using System.Net.Http.Json;
using Interop.Adapters.Sdk.Hub;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Type.V1;
using Interop.Sim.Land;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Adapters.Land.Tests;

/// <summary>The desk's side of the land tests, as a member over gRPC: a land dossier received and offered to the land office.</summary>
internal static class DeskSide
{
    public const string Desk = "001.01.21.H21";
    public const string LandOffice = "000.12.21.H21";

    public static Task<string> ReceiveAndOfferAsync(HubConnection desk, string receipt, CancellationToken cancellationToken)
        => ReceiveAndOfferAsync(desk, receipt, null, cancellationToken);

    /// <summary>
    /// A land dossier received and offered at <paramref name="importedAt"/> (Vietnam), as a desk's
    /// onboarding imports a hand-over made before the hub (provenance imported); now when null.
    /// </summary>
    public static async Task<string> ReceiveAndOfferAsync(HubConnection desk, string receipt, DateTimeOffset? importedAt, CancellationToken cancellationToken)
    {
        CommandContext At(string requestId, TimeSpan later)
        {
            var context = Context(requestId, Desk);
            if (importedAt is { } at)
            {
                context.ClaimedTime = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(at + later);
                context.Provenance = new Provenance { Kind = ProvenanceKind.Imported, SourceSystem = "MCĐT Diên Hồng", SourceRecordId = receipt };
            }

            return context;
        }

        var client = new DossierService.DossierServiceClient(desk.Channel);
        var request = new ReceiveDossierRequest
            {
                Context = At("r-" + receipt, TimeSpan.Zero),
                VendorCode = receipt,
                Dossier = new DossierInput
                {
                    Details = new DossierDetails
                    {
                        Procedure = new ProcedureRef { ProcedureCode = "1.004227", CaseCode = "TH1" },
                        Summary = "Đăng ký biến động do chuyển nhượng thửa đất",
                        Channel = Channel.InPerson,
                        ReturnAgency = new AgencyRef { AgencyId = "000.00.01.H21" },
                        SubjectPlace = new SubjectPlace { Province = new UnitRef { Code = "52", Edition = UnitListEdition.List2025, Level = UnitLevel.Province }, Commune = new UnitRef { Code = "23563", Edition = UnitListEdition.List2025, Level = UnitLevel.Commune } },
                    },
                    PersonalData = new PersonalData { Owner = new Party { Kind = PartyKind.Citizen, Name = "Phạm Văn Đức" } },
                },
            };
        if (importedAt is { } imported)
        {
            request.ImportedAppointment = Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(imported.AddDays(20));
        }

        var received = await client.ReceiveDossierAsync(request, desk.Headers, cancellationToken: cancellationToken);
        await client.OfferHandoverAsync(new OfferHandoverRequest { Context = At("o-" + receipt, TimeSpan.FromHours(1)), DossierId = received.Outcome.Dossier.Id, ToAgencyId = LandOffice, Note = "Chuyển VPĐKĐĐ" }, desk.Headers, cancellationToken: cancellationToken);
        return received.Outcome.Dossier.Id;
    }

    public static async Task<Dossier> GetAsync(HubConnection connection, string dossierId, CancellationToken cancellationToken)
        => (await new DossierService.DossierServiceClient(connection.Channel).GetDossierAsync(new GetDossierRequest { DossierId = dossierId }, connection.Headers, cancellationToken: cancellationToken)).Dossier;

    public static CommandContext Context(string requestId, string agency) => new()
    {
        RequestId = requestId,
        ActingAgencyId = agency,
        Officer = new Officer { Id = "cb-01", Name = "Trần Thị Bình" },
        Provenance = new Provenance { Kind = ProvenanceKind.Native, SourceSystem = "tests" },
    };
}

/// <summary>The simulated land system on loopback, and its API as the tests use it (the officers' screens; lists read without faults).</summary>
internal sealed class RunningLand(WebApplication app, Uri address) : IAsyncDisposable
{
    public Uri Address => address;

    public static async Task<RunningLand> StartAsync(string database, string[] settings, CancellationToken cancellationToken)
    {
        var app = LandSystem.Build(["--urls", "http://127.0.0.1:0", $"--Land:Db={database}", "--Logging:LogLevel:Default=Warning", .. settings]);
        await app.StartAsync(cancellationToken);
        var bound = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new RunningLand(app, new Uri(bound + "/"));
    }

    public async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var http = await AuthorisedAsync(cancellationToken);
        return (await Wait.ForAsync(async () => { using var answer = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken); return answer.IsSuccessStatusCode ? await answer.Content.ReadFromJsonAsync<T>(cancellationToken) : default; }, v => v is not null, path))!;
    }

    public async Task PostAsync(string path, object body, CancellationToken cancellationToken)
    {
        using var http = await AuthorisedAsync(cancellationToken);
        await Wait.UntilAsync(async () => { using var answer = await http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body, cancellationToken); return answer.IsSuccessStatusCode; }, path);
    }

    /// <summary>Every record the land system holds, every page read.</summary>
    public async Task<List<LandRecord>> AllRecordsAsync(CancellationToken cancellationToken)
    {
        var all = new List<LandRecord>();
        for (var page = 1; ; page++)
        {
            var records = await GetAsync<LandPage>($"api/v1/ho-so?trang={page}&soLuong=20", cancellationToken);
            all.AddRange(records.DuLieu);
            if (records.DuLieu.Count == 0 || all.Count >= records.TongSo)
            {
                return all;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task<HttpClient> AuthorisedAsync(CancellationToken cancellationToken)
    {
        var http = new HttpClient { BaseAddress = address };
        using var form = new FormUrlEncodedContent([new("grant_type", "client_credentials"), new("client_id", "interop"), new("client_secret", "bi-mat")]);
        var token = (await (await http.PostAsync(new Uri("connect/token", UriKind.Relative), form, cancellationToken)).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(cancellationToken)).GetProperty("access_token").GetString();
        http.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return http;
    }
}
