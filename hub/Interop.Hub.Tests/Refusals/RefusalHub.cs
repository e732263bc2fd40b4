using Interop.Hub.Tests.Rights;
using Interop.Protos.Audit.V1;

namespace Interop.Hub.Tests.Refusals;

/// <summary>One hub for the refusal table, with a probe dossier to detect any append to the global log.</summary>
public sealed class RefusalHub : IAsyncLifetime
{
    private string probeDossier = "";

    internal HubProcess Hub { get; private set; } = null!;

    internal Members Members { get; private set; } = null!;

    internal Scenes Scenes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Hub = await HubProcess.StartAsync();
        Members = new Members(Hub);
        Scenes = new Scenes(Hub, Members);
        probeDossier = (await Scenes.BuildAsync(Scene.Received)).Id;
    }

    public async Task DisposeAsync() => await Hub.DisposeAsync();

    /// <summary>Appends a note to the probe dossier and answers its global log position: two probes one apart mean nothing else was appended between them.</summary>
    internal async Task<long> ProbeAsync()
    {
        var note = Scenes.Note(Scenes.NewRequestId("probe"), Members.Desk, probeDossier);
        return (await Members.Igate.Dossiers.AddNoteAsync(note, Members.Igate.Options)).Outcome.Event.Position.Index;
    }

    /// <summary>The whole refusal log, as the auditor reads it.</summary>
    internal async Task<IReadOnlyList<RefusalRecord>> RefusalsAsync()
    {
        var all = new List<RefusalRecord>();
        var token = "";
        do
        {
            var page = await Members.Auditor.Audit.ListRefusalsAsync(new ListRefusalsRequest { PageSize = 500, PageToken = token }, Members.Auditor.Options);
            all.AddRange(page.Refusals);
            token = page.NextPageToken;
        }
        while (token.Length > 0);
        return all;
    }
}
