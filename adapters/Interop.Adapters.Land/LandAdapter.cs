using Interop.Adapters.Sdk.Checkpoint;
using Interop.Adapters.Sdk.Hosting;
using Interop.Adapters.Sdk.Hub;
using Interop.Adapters.Sdk.Inbox;

namespace Interop.Adapters.Land;

/// <summary>The land-registration family on the SDK's host: the land office's inbox into transfers, the land system's feed into the hub.</summary>
public static class LandAdapter
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        var builder = AdapterHost.CreateBuilder(args);
        var options = builder.Configuration.GetSection("Land").Get<LandOptions>()
            ?? throw new InvalidOperationException("The Land section is required (Address, ClientId, ClientSecret, AgencyId).");
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => new LandClient(new HttpClient { BaseAddress = options.Address.AbsoluteUri.EndsWith('/') ? options.Address : new Uri(options.Address.AbsoluteUri + "/") }, options));
        builder.Services.AddSingleton<ILegacyInboxWriter>(services => new LandInboxWriter(
            services.GetRequiredService<LandClient>(), services.GetRequiredService<HubConnection>(), services.GetRequiredService<AdapterCheckpoint>(), options, services.GetRequiredService<AdapterOptions>().Name));
        builder.Services.AddSingleton(services => new LandFeed(
            services.GetRequiredService<LandClient>(), services.GetRequiredService<HubConnection>(), services.GetRequiredService<AdapterCheckpoint>(), options, services.GetRequiredService<AdapterOptions>().Name));
        builder.Services.AddHostedService<LandFeedWorker>();
        return builder;
    }

    /// <summary>
    /// Prints which of the land system's open records the adapter would adopt (a dossier at the hub,
    /// offered to or held by the office, carries its receipt number: the desk's onboarding imported it)
    /// and which it would not know; sends, appends and parks nothing.
    /// </summary>
    public static async Task<int> OnboardingDryRunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var app = AdapterHost.Build(CreateBuilder(args));
        var options = app.Services.GetRequiredService<LandOptions>();
        var hub = app.Services.GetRequiredService<HubConnection>();
        var dossiers = new Protos.Dossier.V1.DossierService.DossierServiceClient(hub.Channel);
        var atHub = new Dictionary<string, Protos.Dossier.V1.Dossier>(StringComparer.Ordinal);
        var token = "";
        do
        {
            var page = await hub.CallAsync(call => dossiers.ListDossiersAsync(new Protos.Dossier.V1.ListDossiersRequest { AgencyId = options.AgencyId, PageSize = 500, PageToken = token }, call).ResponseAsync, CancellationToken.None);
            foreach (var dossier in page.Dossiers.Where(d => d.VendorCode is { Code.Length: > 0 }))
            {
                atHub.TryAdd(dossier.VendorCode.Code, dossier);
            }

            token = page.NextPageToken;
        }
        while (token.Length > 0);

        int adopt = 0, unknown = 0;
        foreach (var record in (await app.Services.GetRequiredService<LandClient>().RecordsAsync(null, CancellationToken.None)).Where(r => r.IsOpen && r.SecurityCode.Length == 0))
        {
            if (atHub.TryGetValue(record.SoBienNhan, out var dossier))
            {
                adopt++;
                await output.WriteLineAsync($"adopt\t{record.MaHoSo}\t{record.SoBienNhan}\t{record.MaTrangThai}\t{dossier.NationalCode}{(record.IsAwaitingSupplement ? "\tthen supplement requested" : "")}");
            }
            else
            {
                unknown++;
                await output.WriteLineAsync($"unknown\t{record.MaHoSo}\t{record.SoBienNhan}\t{record.MaTrangThai}\tno dossier at the hub for the office carries this receipt number (onboard its desk first)");
            }
        }

        await output.WriteLineAsync($"{adopt} to adopt, {unknown} unknown (their later reports would be parked LAND_UNKNOWN_RECEIPT)");
        return 0;
    }
}
