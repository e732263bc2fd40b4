using Interop.Hub.Tests.Rights;
using Interop.Protos.Audit.V1;

namespace Interop.Hub.Tests.Hosting;

/// <summary>
/// One hub for a class that builds dossiers into scenes (the rights matrix, the refusal table), with
/// a probe dossier that detects any append to the global log.
/// </summary>
public sealed class SceneHub : HubFixture
{
    private string? probeDossier;

    internal Scenes Scenes { get; private set; } = null!;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Scenes = new Scenes(Members);
    }

    /// <summary>Appends a note to the probe dossier and answers its global log position: two probes one apart mean nothing else was appended between them.</summary>
    internal async Task<long> ProbeAsync()
    {
        probeDossier ??= (await Scenes.BuildAsync(Scene.Received)).Id;
        var note = Scenes.Note(Scenes.NewRequestId("probe"), Members.Desk, probeDossier);
        return (await Members.Igate.Dossiers.AddNoteAsync(note)).Outcome.Event.Position.Index;
    }

    /// <summary>The whole refusal log, as the auditor reads it.</summary>
    internal async Task<IReadOnlyList<RefusalRecord>> RefusalsAsync()
    {
        var all = new List<RefusalRecord>();
        var token = "";
        do
        {
            var page = await Members.Auditor.Audit.ListRefusalsAsync(new ListRefusalsRequest { PageSize = 500, PageToken = token });
            all.AddRange(page.Refusals);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }
}
