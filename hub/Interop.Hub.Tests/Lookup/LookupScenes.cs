using Google.Protobuf;
using Google.Rpc;
using Grpc.Core;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Lookup.V1;
using Interop.Protos.Type.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Lookup;

/// <summary>A hub with members and the citizen's look-up client (no credential), and the land dossiers the look-up tests receive.</summary>
internal sealed class LookupScenes(TestHub hub)
{
    private int next;

    public Members Members => hub.Members;

    /// <summary>The citizen's client: no authorization header, as a kiosk or SMS gateway calls.</summary>
    public CitizenLookupService.CitizenLookupServiceClient Citizen => hub.Members.Anonymous.Citizen;

    /// <summary>A fresh land dossier's receive request, with a complete owner (name, ID number, birth date, phone, e-mail, address).</summary>
    public ReceiveDossierRequest NewReceive()
    {
        var n = Interlocked.Increment(ref next);
        var request = Receive($"lookup-{n}", $"H21.129-251103-{n:D4}", Local(11, 3, 8));
        var owner = request.Dossier.PersonalData.Owner;
        owner.BirthDate = new CivilDate { Year = 1987, Month = 5, Day = 14 };
        owner.Contact = new Contact { Phone = "0905123456", Email = "nhung.nguyen@example.vn" };
        owner.Address = new Address { Street = "Số 17 đường Trần Hưng Đạo", FullText = "Số 17 đường Trần Hưng Đạo, phường Diên Hồng, Gia Lai" };
        return request;
    }

    public async Task<ReceiveDossierResponse> ReceiveAsync(ReceiveDossierRequest request)
        => await Members.Igate.Dossiers.ReceiveDossierAsync(request);

    public async Task<LookupDossierStatusResponse> LookupAsync(string nationalCode, string secret)
        => await Citizen.LookupDossierStatusAsync(new LookupDossierStatusRequest { NationalCode = nationalCode, Secret = secret });

    /// <summary>A refused look-up exactly as the wire carries it: status, message and the raw google.rpc.Status details.</summary>
    public async Task<LookupRefusal> RefusedAsync(string nationalCode, string secret)
    {
        var error = await Assert.ThrowsAsync<RpcException>(() => LookupAsync(nationalCode, secret));
        var status = error.GetRpcStatus();
        Assert.NotNull(status);
        return new LookupRefusal(
            error.StatusCode,
            error.Status.Detail,
            status.Details.Single(d => d.Is(ErrorInfo.Descriptor)).Unpack<ErrorInfo>().Reason,
            error.Trailers.GetValueBytes("grpc-status-details-bin") ?? [],
            status.Details.SingleOrDefault(d => d.Is(RetryInfo.Descriptor))?.Unpack<RetryInfo>().RetryDelay.ToTimeSpan(),
            status.Details.Any(d => d.Is(BadRequest.Descriptor)));
    }

    /// <summary>A well-formed national code of the desk that the hub never issued.</summary>
    public static string UnissuedCode(int sequence) => $"{Members.Desk}-251103-{sequence:D4}";

    /// <summary>A well-formed secret that is not the dossier's (the alphabet's first letters, shifted).</summary>
    public static string WrongSecret(string secret)
        => new(secret.Select(c => c == '2' ? '3' : '2').ToArray());

    public static byte[] Utf8(string text) => System.Text.Encoding.UTF8.GetBytes(text);

    public static bool Contains(ByteString haystack, string needle) => Contains(haystack.ToByteArray(), Utf8(needle));

    public static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
