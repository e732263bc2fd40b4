using Interop.Adapters.FileDrop;
using Interop.Adapters.Sdk.Hosting;

// The file-drop adapter: dotnet run --project adapters/Interop.Adapters.FileDrop -- --config file-drop.json
var builder = FileDropAdapter.CreateBuilder(args);
await using var app = AdapterHost.Build(builder);
await app.RunAsync();
