using Google.Protobuf;
using Grpc.Core;
using Interop.Hub.Tests.Refusals;
using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Registry.V1;
using static Interop.Hub.Tests.Rights.RightsMatrix;

namespace Interop.Hub.Tests.Rights;

/// <summary>Each row of <see cref="RightsMatrix"/> against one real hub, every caller in turn.</summary>
public sealed class RightsMatrixTests(SceneHub hub) : IClassFixture<SceneHub>
{
    public static TheoryData<string> Rows { get; } = [.. Lines.Select(Label)];

    [Fact]
    public void Matrix_covers_every_rpc_of_the_dossier_audit_and_registry_services()
    {
        var rpcs = new[] { DossierService.Descriptor, AuditService.Descriptor, RegistryService.Descriptor }
            .SelectMany(s => s.Methods).Select(m => m.Name);
        var covered = Lines.Select(l => Cells(l)[0].Split('(')[0]).ToHashSet();

        Assert.Equal([], rpcs.Except(covered));
        Assert.All(Lines, l => Assert.Equal(2 + Columns.Count, Cells(l).Length));
    }

    [Theory]
    [MemberData(nameof(Rows))]
    public async Task Caller_gets_the_outcome_the_matrix_states(string label)
    {
        var cells = Cells(Lines.Single(l => Label(l) == label));
        var scene = Enum.Parse<Scene>(cells[1]);
        var request = Requests[cells[0]];
        var shared = scene == Scene.None ? null : await hub.Scenes.BuildAsync(scene);
        var mismatches = new List<string>();
        for (var i = 0; i < Columns.Count; i++)
        {
            var (client, agency) = Caller(hub.Members, Columns[i]);
            var cell = cells[2 + i];
            var expected = Expected(cell);
            var isWrite = request(shared, agency, "x").Descriptor.FindFieldByName("context") is not null;

            // An allowed write changes the dossier: each gets its own, built afresh into the scene.
            var dossier = expected == "OK" && isWrite && scene != Scene.None ? await hub.Scenes.BuildAsync(scene) : shared;
            var (actual, response) = await SendAsync(client, request(dossier, agency, Scenes.NewRequestId("matrix")));
            if (actual != expected)
            {
                mismatches.Add($"{Columns[i]}: expected {expected}, got {actual}");
                continue;
            }

            var problem = await CheckAsync(cell, isWrite, dossier, response);
            if (problem is not null)
            {
                mismatches.Add($"{Columns[i]}: {problem}");
            }
        }

        Assert.True(mismatches.Count == 0, string.Join("\n", mismatches));
    }

    private async Task<string?> CheckAsync(string cell, bool isWrite, Dossier? dossier, IMessage? response)
    {
        if (isWrite && response is not null)
        {
            var outcome = Calls.Outcome(response);
            return dossier is null || outcome.Dossier.Version == dossier.Version + 1 ? null : $"version {outcome.Dossier.Version} after {dossier.Version}";
        }

        if (isWrite && dossier is not null)
        {
            var now = await hub.Scenes.ReadAsync(dossier.Id);
            return now.Version == dossier.Version ? null : $"a refused write moved the dossier from version {dossier.Version} to {now.Version}";
        }

        if (response is ListDossiersResponse list)
        {
            // One page of 500 holds every dossier an agency has in this hub.
            Assert.Empty(list.NextPageToken);
            var listed = list.Dossiers.Any(d => d.Id == dossier!.Id);
            return listed == (cell == "OK+") ? null : $"the list {(listed ? "shows" : "does not show")} the dossier";
        }

        return null;
    }

    private static async Task<(string Summary, IMessage? Response)> SendAsync(HubClient client, IMessage request)
    {
        try
        {
            return ("OK", await Calls.SendAsync(client, request));
        }
        catch (RpcException error)
        {
            return (WireError.Of(error).Summary, null);
        }
    }

    private static string Label(string line)
    {
        var cells = Cells(line);
        return $"{cells[0]} @ {cells[1]}";
    }
}
