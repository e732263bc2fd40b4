using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Lookup;

/// <summary>The citizen's status look-up over a real hub (STANDARD.md LOOKUP), with limits high enough not to interfere.</summary>
public sealed class CitizenLookupTests : IAsyncLifetime
{
    private TestHub hub = null!;
    private LookupScenes scenes = null!;

    public async Task InitializeAsync()
    {
        hub = await TestHub.StartAsync(new() { Settings = ["--Hub:Lookup:FailuresPerAddress=1000"] });
        scenes = new LookupScenes(hub);
    }

    public async Task DisposeAsync() => await hub.DisposeAsync();

    [Fact]
    public async Task Receipt_answers_a_secret_that_looks_up_the_status_without_a_credential()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());

        var answer = await scenes.LookupAsync(received.Outcome.Dossier.NationalCode, received.LookupSecret);

        Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$", received.LookupSecret);
        var dossier = received.Outcome.Dossier;
        Assert.Equal(dossier.NationalCode, answer.NationalCode);
        Assert.Equal(DossierStatus.Received, answer.Status);
        Assert.Equal(dossier.Details.Procedure.Name, answer.ProcedureName);
        Assert.NotEmpty(answer.ProcedureName);
        Assert.Equal(dossier.Custody.HolderAgency.Name, answer.HolderAgencyName);
        Assert.NotEmpty(answer.HolderAgencyName);
        Assert.Equal(Local(11, 3, 8), answer.ReceivedTime);
        Assert.Equal(dossier.Clock.Appointment, answer.Appointment);
        Assert.Equal(DeliveryStatus.Unspecified, answer.DeliveryStatus);
        Assert.False(answer.SupplementRequested);
    }

    [Fact]
    public async Task Secret_is_read_case_insensitively_with_spaces_and_hyphens()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());
        var secret = received.LookupSecret;

        var answer = await scenes.LookupAsync(" " + received.Outcome.Dossier.NationalCode.ToLowerInvariant(), $"{secret[..5].ToLowerInvariant()}-{secret[5..]} ");

        Assert.Equal(received.Outcome.Dossier.NationalCode, answer.NationalCode);
    }

    [Fact]
    public async Task Answer_carries_none_of_the_owners_personal_data()
    {
        var request = scenes.NewReceive();
        var received = await scenes.ReceiveAsync(request);

        var answer = await scenes.LookupAsync(received.Outcome.Dossier.NationalCode, received.LookupSecret);

        var owner = request.Dossier.PersonalData.Owner;
        var personal = new[]
        {
            owner.Name, "Nguyễn", "Nhung", owner.IdentityDocuments[0].Number, owner.Contact.Phone, owner.Contact.Email,
            owner.Address.Street, owner.Address.FullText, "Trần Hưng Đạo", "1987", "14/05", request.Dossier.PersonalData.FormData.Json, "dienTich",
        };
        var bytes = answer.ToByteArray();
        Assert.All(personal, value => Assert.False(LookupScenes.Contains(bytes, LookupScenes.Utf8(value)), $"the answer's bytes contain '{value}'"));
        var strings = StringsOf(answer).ToList();
        Assert.All(strings, text => Assert.DoesNotContain(personal, value => text.Contains(value, StringComparison.OrdinalIgnoreCase)));
        Assert.Equal(
            new[] { answer.NationalCode, answer.ProcedureName, answer.HolderAgencyName }.Order(),
            strings.Where(s => s.Length > 0).Order());
    }

    [Fact]
    public async Task Wrong_secret_unknown_code_and_malformed_secret_answer_identically()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());
        var code = received.Outcome.Dossier.NationalCode;

        var wrong = await scenes.RefusedAsync(code, LookupScenes.WrongSecret(received.LookupSecret));
        var unknown = await scenes.RefusedAsync(LookupScenes.UnissuedCode(9001), received.LookupSecret);
        var malformed = await scenes.RefusedAsync(code, "not-a-secret!");
        var empty = await scenes.RefusedAsync(code, "");

        Assert.Equal((StatusCode.NotFound, "RESOURCE_NOT_FOUND", false), (wrong.Code, wrong.Reason, wrong.HasFieldViolations));
        Assert.NotEmpty(wrong.DetailsBytes);
        foreach (var other in new[] { unknown, malformed, empty })
        {
            Assert.Equal(wrong.Code, other.Code);
            Assert.Equal(wrong.Message, other.Message);
            Assert.Equal(wrong.DetailsBytes, other.DetailsBytes);
        }
    }

    [Fact]
    public async Task Malformed_national_code_answers_invalid_argument()
    {
        var refused = await scenes.RefusedAsync("H21.129-251103-0001", "ABCDEFGHJK");

        Assert.Equal((StatusCode.InvalidArgument, "FIELD_INVALID", true), (refused.Code, refused.Reason, refused.HasFieldViolations));
    }

    [Fact]
    public async Task Replayed_receipt_answers_the_same_secret_and_another_dossier_another()
    {
        var request = scenes.NewReceive();
        var first = await scenes.ReceiveAsync(request);

        var replay = await scenes.ReceiveAsync(request);
        var other = await scenes.ReceiveAsync(scenes.NewReceive());

        Assert.Equal(first.Outcome.Event.Hash, replay.Outcome.Event.Hash);
        Assert.Equal(first.LookupSecret, replay.LookupSecret);
        Assert.NotEqual(first.LookupSecret, other.LookupSecret);
        Assert.Equal(DossierStatus.Received, (await scenes.LookupAsync(first.Outcome.Dossier.NationalCode, replay.LookupSecret)).Status);
    }

    [Fact]
    public async Task Secret_appears_nowhere_but_the_receipt_response()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());
        var id = received.Outcome.Dossier.Id;
        var secret = received.LookupSecret;
        var desk = scenes.Members.Igate;
        var auditor = scenes.Members.Auditor;

        var state = (await desk.Dossiers.GetDossierAsync(new GetDossierRequest { DossierId = id })).Dossier;
        var events = await auditor.Audit.ListDossierEventsAsync(new ListDossierEventsRequest { DossierId = id });
        await scenes.LookupAsync(received.Outcome.Dossier.NationalCode, secret);
        await scenes.RefusedAsync(received.Outcome.Dossier.NationalCode, LookupScenes.WrongSecret(secret));

        Assert.False(LookupScenes.Contains(received.Outcome.ToByteString(), secret));
        Assert.False(LookupScenes.Contains(state.ToByteString(), secret));
        Assert.False(LookupScenes.Contains(events.ToByteString(), secret));
        Assert.DoesNotContain(hub.Output, line => line.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Answer_follows_a_hand_over_and_a_supplement_request()
    {
        var received = await scenes.ReceiveAsync(scenes.NewReceive());
        var (id, code, secret) = (received.Outcome.Dossier.Id, received.Outcome.Dossier.NationalCode, received.LookupSecret);
        var desk = scenes.Members.Igate;
        var land = scenes.Members.Vbdlis;
        var tag = code[^4..];

        await desk.Dossiers.OfferHandoverAsync(new OfferHandoverRequest { Context = Context($"o-{tag}", Members.Desk, Local(11, 4, 9)), DossierId = id, ToAgencyId = Members.Land });
        var accepted = (await land.Dossiers.AcceptHandoverAsync(new AcceptHandoverRequest { Context = Context($"a-{tag}", Members.Land, Local(11, 4, 14)), DossierId = id })).Outcome.Dossier;
        var atLand = await scenes.LookupAsync(code, secret);
        await land.Dossiers.RequestSupplementAsync(
            new RequestSupplementRequest { Context = Context($"s-{tag}", Members.Land, Local(11, 5, 9)), DossierId = id, Reason = "Thiếu giấy tờ", Content = "Bản chính hợp đồng chuyển nhượng" });
        var awaiting = await scenes.LookupAsync(code, secret);

        Assert.Equal(DossierStatus.Processing, atLand.Status);
        Assert.Equal(accepted.Custody.HolderAgency.Name, atLand.HolderAgencyName);
        Assert.NotEqual(received.Outcome.Dossier.Custody.HolderAgency.Name, atLand.HolderAgencyName);
        Assert.False(atLand.SupplementRequested);
        Assert.Equal(DossierStatus.AwaitingSupplement, awaiting.Status);
        Assert.True(awaiting.SupplementRequested);
        Assert.Equal("Bản chính hợp đồng chuyển nhượng", awaiting.SupplementContent);
    }

    private static IEnumerable<string> StringsOf(IMessage message)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(message);
            if (field.FieldType == FieldType.String)
            {
                yield return (string)value;
            }
            else if (field.FieldType == FieldType.Message && value is IMessage inner)
            {
                foreach (var text in StringsOf(inner))
                {
                    yield return text;
                }
            }
        }
    }
}
