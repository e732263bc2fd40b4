using Interop.Adapters.Land;
using Interop.Adapters.Sdk.Hosting;

// The land-registration adapter: dotnet run --project adapters/Interop.Adapters.Land -- --config land.json
// What it would adopt from the land system at its first start: ... -- onboard-dry-run --config land.json
if (args is ["onboard-dry-run", .. var rest])
{
    return await LandAdapter.OnboardingDryRunAsync(rest, Console.Out);
}

var builder = LandAdapter.CreateBuilder(args);
await using var app = AdapterHost.Build(builder);
await app.RunAsync();
return 0;
