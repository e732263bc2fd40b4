using Interop.Sim.Land;

// interop-sim-land: the land-registration system of a land office, as a small real HTTP server.
// dotnet run --project tools/Interop.Sim.Land -- --urls http://127.0.0.1:7080 --Land:Db=land.db [--Land:Faults:ErrorRate=0.2 ...]
await using var app = LandSystem.Build(args);
await app.RunAsync();
