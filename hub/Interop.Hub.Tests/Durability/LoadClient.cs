using Grpc.Core;
using Interop.Domain.Identifiers;
using Interop.Protos.Dossier.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Durability;

/// <summary>
/// One member-system worker of the crash test. It sends batches of requests in flight together: new
/// dossiers and follow-ups (notes, supplement requests, supplements recorded) on its own dossiers,
/// one request per dossier at a time. A request that is not answered OK is sent again, same id and
/// same body, on the hub that replaced the killed one, until it is; a dossier gets no new request
/// before that.
/// </summary>
internal sealed class LoadClient(int index, Random random)
{
    private const int BatchSize = 4;
    private const int MaxSteps = 60;
    private readonly List<TrackedRequest> pending = [];
    private readonly Dictionary<string, int> steps = [];
    private readonly HashSet<string> busy = [];
    private int sent;
    private int inFlight;

    /// <summary>Every request, in the order it was first sent.</summary>
    public List<TrackedRequest> Requests { get; } = [];

    /// <summary>Failures on a hub that was not killed: none are expected.</summary>
    public List<string> Unexpected { get; } = [];

    public Dictionary<StatusCode, int> FailuresByStatus { get; } = [];

    /// <summary>Calls sent and not answered yet.</summary>
    public int InFlight => Volatile.Read(ref inFlight);

    public async Task RunAsync(HubGeneration first, Func<bool> stopping)
    {
        var generation = first;
        while (!(stopping() && pending.Count == 0))
        {
            var batch = new List<TrackedRequest>(pending);
            while (!stopping() && batch.Count < BatchSize)
            {
                batch.Add(Next());
            }

            Volatile.Write(ref inFlight, batch.Count);
            var statuses = await Task.WhenAll(batch.Select(async request =>
            {
                var status = await request.SendAsync(generation.Igate);
                Interlocked.Decrement(ref inFlight);
                return status;
            }));
            pending.Clear();
            for (var i = 0; i < batch.Count; i++)
            {
                if (statuses[i] == StatusCode.OK)
                {
                    generation.Acknowledged();
                    busy.Remove(batch[i].DossierId);
                    continue;
                }

                pending.Add(batch[i]);
                FailuresByStatus[statuses[i]] = FailuresByStatus.GetValueOrDefault(statuses[i]) + 1;
                if (!generation.Killed)
                {
                    Unexpected.Add($"{batch[i].RequestId} on hub {generation.Number}: {statuses[i]}");
                }
            }

            if (pending.Count > 0)
            {
                if (generation.Killed)
                {
                    generation = await generation.Successor;
                }
                else if (Unexpected.Count > 20)
                {
                    return;
                }
                else
                {
                    await Task.Delay(200);
                }
            }
        }
    }

    private TrackedRequest Next()
    {
        var idle = steps.Where(s => s.Value < MaxSteps && !busy.Contains(s.Key)).Select(s => s.Key).ToList();
        var number = ++sent;
        var requestId = $"crash-c{index:00}-r{number:00000}";
        TrackedRequest request;
        if (idle.Count > 0 && random.NextDouble() < 0.65)
        {
            var dossierId = idle[random.Next(idle.Count)];
            var step = ++steps[dossierId];
            request = FollowUp(requestId, dossierId, step);
        }
        else
        {
            var dossierId = DossierIds.ForNewDossier(Members.IgateMember, requestId);
            steps[dossierId] = 0;
            var receive = Receive(requestId, $"H21.{index:000}-251103-{number:00000}", Local(11, 3, 8));
            request = new TrackedRequest(requestId, dossierId, creates: true, async (c, o) => (await c.ReceiveDossierAsync(receive, o)).Outcome);
        }

        busy.Add(request.DossierId);
        Requests.Add(request);
        return request;
    }

    /// <summary>Note, supplement requested, note, supplement recorded, and again; claimed five minutes apart from 08:00.</summary>
    private static TrackedRequest FollowUp(string requestId, string dossierId, int step)
    {
        var context = Context(requestId, Members.Desk, Timestamp(step));
        switch (step % 4)
        {
            case 2:
                var supplement = new RequestSupplementRequest { Context = context, DossierId = dossierId, Reason = $"Thiếu giấy tờ, lần {step}" };
                return new TrackedRequest(requestId, dossierId, creates: false, async (c, o) => (await c.RequestSupplementAsync(supplement, o)).Outcome);
            case 0:
                var supplied = new RecordSupplementRequest { Context = context, DossierId = dossierId, ReceptionNote = "Đã nhận bản chính" };
                return new TrackedRequest(requestId, dossierId, creates: false, async (c, o) => (await c.RecordSupplementAsync(supplied, o)).Outcome);
            default:
                var note = new AddNoteRequest { Context = context, DossierId = dossierId, Text = $"Ghi chú {step}" };
                return new TrackedRequest(requestId, dossierId, creates: false, async (c, o) => (await c.AddNoteAsync(note, o)).Outcome);
        }
    }

    private static Google.Protobuf.WellKnownTypes.Timestamp Timestamp(int step)
        => Google.Protobuf.WellKnownTypes.Timestamp.FromDateTimeOffset(Local(11, 3, 8).ToDateTimeOffset().AddMinutes(5 * step));
}
