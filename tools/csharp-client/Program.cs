// A member system's round trip through the hub, with the generated clients of protos/: the desk
// (member igate) receives a land dossier and hands it over to the land office, the land office
// (member vbdlis) accepts it and reads it back with its events, and the hash chain is verified.
//
//   dotnet run --project tools/csharp-client -- [http://127.0.0.1:50051]
using System.Security.Cryptography;
using Grpc.Core;
using Grpc.Net.Client;
using Interop.CSharpClient;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;

var address = args.FirstOrDefault() ?? Environment.GetEnvironmentVariable("INTEROP_HUB") ?? "http://127.0.0.1:50051";
using var channel = GrpcChannel.ForAddress(address);
var dossiers = new DossierService.DossierServiceClient(channel);
var audit = new AuditService.AuditServiceClient(channel);

// Development tokens from the hub's appsettings.json: loopback only, never in production.
// Every call has a deadline: a member never waits for an answer that may not come.
var igateToken = new Metadata { { "authorization", "Bearer dev-igate-gialai" } };
var vbdlisToken = new Metadata { { "authorization", "Bearer dev-vbdlis-gialai" } };
CallOptions Igate() => new(igateToken, DateTime.UtcNow.AddSeconds(10));
CallOptions Vbdlis() => new(vbdlisToken, DateTime.UtcNow.AddSeconds(10));

// Request ids unique per run; a retry of a step would repeat its id.
var run = Guid.NewGuid().ToString("N")[..12];

try
{
    var received = (await dossiers.ReceiveDossierAsync(LandDossier.Receive(run), Igate())).Outcome.Dossier;
    Console.WriteLine($"received {received.NationalCode} appointment {received.Clock.Appointment.ToDateTimeOffset():O}");

    await dossiers.OfferHandoverAsync(LandDossier.Offer(run, received.Id), Igate());
    Console.WriteLine($"handed over to {LandDossier.LandOffice}");

    var accepted = (await dossiers.AcceptHandoverAsync(LandDossier.Accept(run, received.Id), Vbdlis())).Outcome;
    Console.WriteLine($"accepted by {accepted.Dossier.Custody.HolderAgency.AgencyId} status {accepted.Dossier.Status}");

    var dossier = (await dossiers.GetDossierAsync(new GetDossierRequest { DossierId = received.Id }, Vbdlis())).Dossier;
    var events = (await audit.ListDossierEventsAsync(new ListDossierEventsRequest { DossierId = received.Id }, Vbdlis())).Events;
    Console.WriteLine($"read back {dossier.NationalCode} version {dossier.Version} status {dossier.Status} holder {dossier.Custody.HolderAgency.AgencyId}");

    // STANDARD.md EV-2: SHA-256("interop/event/v1" || previous hash || stored body bytes), never re-serialised.
    var previous = new byte[32];
    foreach (var stored in events)
    {
        var body = EventBody.Parser.ParseFrom(stored.BodyBytes);
        var hash = SHA256.HashData([.. "interop/event/v1"u8, .. previous, .. stored.BodyBytes.Span]);
        if (!body.PreviousHash.Span.SequenceEqual(previous) || !stored.Hash.Span.SequenceEqual(hash))
        {
            throw new InvalidDataException($"the chain breaks at event {body.Sequence}");
        }

        previous = hash;
    }

    Console.WriteLine($"chain verified: {events.Count} events");
    return 0;
}
catch (Exception error) when (error is RpcException or InvalidDataException)
{
    Console.Error.WriteLine($"failed: {error.Message}");
    return 1;
}
