using System.Net;
using System.Text.Json;
using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hosting;
using Interop.Adapters.Sdk.Inbox;
using Interop.Adapters.Sdk.Tests.Inbox;
using Interop.Protos.Dossier.V1;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Interop.Adapters.Sdk.Tests.Hosting;

public sealed class AdapterHostTests : IDisposable
{
    private readonly CancellationTokenSource timeout = new(TimeSpan.FromSeconds(90));

    private CancellationToken Ct => timeout.Token;

    [Fact]
    public async Task An_adapter_configured_by_one_file_follows_its_inboxes_answers_health_and_stops_gracefully()
    {
        await using var hub = await LocalHub.StartAsync();
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("land.json"), $$"""
            {
              "Hub": { "Address": "{{hub.Address}}", "DevelopmentToken": "{{LocalHub.LandOfficeToken}}" },
              "Adapter": { "Name": "land-test", "Checkpoint": "state/land.db", "Agencies": [ "{{LandDossiers.LandOffice}}" ] }
            }
            """);
        using (var desk = hub.Connect(LocalHub.DeskToken))
        {
            await new DossierService.DossierServiceClient(desk.Channel).ReceiveDossierAsync(LandDossiers.Receive("r-1", "BN-1"), desk.Headers, cancellationToken: Ct);
        }

        var legacy = new FakeLegacyDesk();
        var builder = AdapterHost.CreateBuilder(["--config", folder.File("land.json")]);
        builder.Services.AddSingleton<ILegacyInboxWriter>(legacy);
        builder.Services.RemoveAll<ILoggerProvider>();
        await using var app = AdapterHost.Build(builder);
        await app.StartAsync(Ct);
        var health = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        using var http = new HttpClient { BaseAddress = health };

        await Wait.UntilAsync(() => !legacy.Records.IsEmpty, "the land office's item written into the legacy system");
        var answer = await Wait.ForAsync(
            async () => (await http.GetAsync(new Uri("/health", UriKind.Relative), Ct)) is var r ? ((int)r.StatusCode, await r.Content.ReadAsStringAsync(Ct)) : default,
            r => r.Item1 == (int)HttpStatusCode.OK && r.Item2.Contains("\"acknowledged\":1", StringComparison.Ordinal),
            "a serving health answer with the item acknowledged",
            detail: r => $"{r.Item1} {r.Item2}");
        using var report = JsonDocument.Parse(answer.Item2);
        Assert.Equal("serving", report.RootElement.GetProperty("status").GetString());
        Assert.Equal("land-test", report.RootElement.GetProperty("adapter").GetString());
        var inbox = report.RootElement.GetProperty("inboxes").GetProperty(LandDossiers.LandOffice);
        Assert.Equal(1, inbox.GetProperty("processed").GetInt64());

        await app.StopAsync(Ct);

        using var checkpoint = AdapterCheckpoint.Open(folder.File("state/land.db"));
        Assert.Equal(new InboxProgress(1, 1, null, checkpoint.Progress(LandDossiers.LandOffice).CheckpointNote), checkpoint.Progress(LandDossiers.LandOffice));
        Assert.Single(legacy.Records);
    }

    [Fact]
    public void A_missing_configuration_file_or_name_stops_the_start_with_what_to_do()
    {
        using var folder = new TempDirectory();
        var missing = Assert.Throws<FileNotFoundException>(() => AdapterHost.CreateBuilder(["--config", folder.File("none.json")]));
        Assert.Contains("--config", missing.Message, StringComparison.Ordinal);

        File.WriteAllText(folder.File("a.json"), """{ "Hub": { "Address": "http://127.0.0.1:1", "DevelopmentToken": "t" }, "Adapter": { } }""");
        var unnamed = Assert.Throws<InvalidOperationException>(() => AdapterHost.CreateBuilder(["--config", folder.File("a.json")]));
        Assert.Contains("Adapter:Name", unnamed.Message, StringComparison.Ordinal);
    }

    public void Dispose() => timeout.Dispose();
}
