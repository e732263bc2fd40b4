using Interop.Adapters.FileDrop;
using Interop.Adapters.Sdk.Hosting;

// The file-drop adapter: dotnet run --project adapters/Interop.Adapters.FileDrop -- --config file-drop.json
// A dry run of the onboarding: ... -- onboard-dry-run --config file-drop.json (prints what would be imported and parked).
if (args is ["onboard-dry-run", .. var rest])
{
    return await FileDropAdapter.OnboardingDryRunAsync(rest, Console.Out);
}

var builder = FileDropAdapter.CreateBuilder(args);
await using var app = AdapterHost.Build(builder);
await app.RunAsync();
return 0;
