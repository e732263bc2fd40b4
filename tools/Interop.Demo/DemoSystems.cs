using Interop.Adapters.FileDrop;
using Interop.Adapters.Land;
using Microsoft.AspNetCore.Http.Features;
using Interop.Adapters.Sdk.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Interop.Demo;

/// <summary>
/// What the story runs on beside the hub, in this process, each as it runs on its own: the land
/// system's simulator on a loopback port, and the two adapters from their configuration files, the
/// file-drop adapter on the desk program's shared folder (CSV, TCVN3) and the land adapter on the
/// land system. Their logs are off, so that the output is the story; <c>--verbose</c> writes them
/// (JSON lines) to standard error.
/// </summary>
internal sealed class DemoSystems : IAsyncDisposable
{
    public const string Desk = "001.01.21.H21";
    public const string LandOffice = "000.12.21.H21";
    public const string LandProcedure = "1.004227";
    public const string LandClientId = "interop";
    public const string LandClientSecret = "bi-mat";

    private readonly List<WebApplication> started = [];

    private DemoSystems(string work) => Work = work;

    public string Work { get; }

    public string DeskShare => Path.Combine(Work, "desk", "share");

    public string DeskDatabase => Path.Combine(Work, "desk", "desk.db");

    public string FileDropCheckpoint => Path.Combine(Work, "file-drop", "checkpoint.db");

    public string LandCheckpoint => Path.Combine(Work, "land-adapter", "checkpoint.db");

    public Uri LandSystem { get; private set; } = null!;

    public static async Task<DemoSystems> StartAsync(DemoOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var systems = new DemoSystems(Path.GetFullPath(options.Work));
        try
        {
            await systems.StartAllAsync(options, clock, cancellationToken);
            return systems;
        }
        catch
        {
            await systems.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var app in Enumerable.Reverse(started))
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task StartAllAsync(DemoOptions options, TimeProvider clock, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(DeskShare);
        var land = Sim.Land.LandSystem.Build(
            ["--urls", "http://127.0.0.1:0", $"--Land:Db={Path.Combine(Work, "land", "land.db")}", $"--Land:ClientId={LandClientId}", $"--Land:ClientSecret={LandClientSecret}",
                $"--Logging:LogLevel:Default={(options.Verbose ? "Information" : "None")}"],
            clock);
        await StartAsync(land, cancellationToken);
        LandSystem = new Uri(land.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single() + "/");

        var fileDrop = Path.Combine(Work, "file-drop", "file-drop.json");
        Write(fileDrop, $$"""
            {
              "Hub": { "Address": "{{options.Hub}}", "DevelopmentToken": "{{options.DeskToken}}" },
              "Adapter": { "Name": "file-drop-dienhong-{{options.Run}}", "Checkpoint": "checkpoint.db", "Agencies": [ "{{Desk}}" ] },
              "FileDrop": {
                "Folder": "{{DeskShare}}",
                "Layout": "Csv",
                "Encoding": "Tcvn3",
                "Site": { "DeskAgencyId": "{{Desk}}", "ReturnAgencyId": "{{Desk}}", "ProvinceCode": "52", "SourceSystem": "MCĐT Diên Hồng" },
                "HandOverTo": { "{{LandProcedure}}": "{{LandOffice}}" },
                "PollInterval": "00:00:00.300",
                "StableFor": "00:00:00.500"
              }
            }
            """);
        await StartAsync(AdapterHost.Build(Logged(FileDropAdapter.CreateBuilder(["--config", fileDrop]), options.Verbose)), cancellationToken);

        var landAdapter = Path.Combine(Work, "land-adapter", "land.json");
        Write(landAdapter, $$"""
            {
              "Hub": { "Address": "{{options.Hub}}", "DevelopmentToken": "{{options.LandToken}}" },
              "Adapter": { "Name": "land-pleiku-{{options.Run}}", "Checkpoint": "checkpoint.db", "Agencies": [ "{{LandOffice}}" ] },
              "Land": {
                "Address": "{{LandSystem}}", "ClientId": "{{LandClientId}}", "ClientSecret": "{{LandClientSecret}}",
                "AgencyId": "{{LandOffice}}", "SourceSystem": "VBDLIS Pleiku", "PollInterval": "00:00:00.300"
              }
            }
            """);
        await StartAsync(AdapterHost.Build(Logged(LandAdapter.CreateBuilder(["--config", landAdapter]), options.Verbose)), cancellationToken);
    }

    private async Task StartAsync(WebApplication app, CancellationToken cancellationToken)
    {
        started.Add(app);
        await app.StartAsync(cancellationToken);
    }

    private static WebApplicationBuilder Logged(WebApplicationBuilder builder, bool verbose)
    {
        builder.Logging.ClearProviders();
        if (verbose)
        {
            builder.Logging.AddJsonConsole();
            builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(console => console.LogToStandardErrorThreshold = LogLevel.Trace);
        }

        return builder;
    }

    private static void Write(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
