using Interop.Hub;

var app = HubApplication.Build(args);
await app.RunAsync();
