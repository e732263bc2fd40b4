using Interop.Adapters.Land;
using Interop.Adapters.Sdk.Hosting;

// The land-registration adapter: dotnet run --project adapters/Interop.Adapters.Land -- --config land.json
var builder = LandAdapter.CreateBuilder(args);
await using var app = AdapterHost.Build(builder);
await app.RunAsync();
