using Interop.Echo;
using Microsoft.AspNetCore.Server.Kestrel.Core;

// Tuned as fast .NET gRPC servers are: HTTP/2 only, high stream and window limits, no logging, no
// health or reflection, nothing in the pipeline but gRPC. The address comes from --urls.
var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
builder.WebHost.ConfigureKestrel(kestrel =>
{
    kestrel.AddServerHeader = false;
    kestrel.ConfigureEndpointDefaults(endpoint => endpoint.Protocols = HttpProtocols.Http2);
    kestrel.Limits.Http2.MaxStreamsPerConnection = 1000;
    kestrel.Limits.Http2.InitialConnectionWindowSize = 4 * 1024 * 1024;
    kestrel.Limits.Http2.InitialStreamWindowSize = 1024 * 1024;
    kestrel.Limits.MinRequestBodyDataRate = null;
});
builder.Services.AddGrpc(grpc => grpc.MaxReceiveMessageSize = 64 * 1024 * 1024);
var app = builder.Build();
app.MapGrpcService<EchoService>();
await app.RunAsync();
