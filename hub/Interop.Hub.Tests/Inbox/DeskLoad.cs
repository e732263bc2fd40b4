using System.Collections.Concurrent;
using System.Diagnostics;
using Grpc.Net.Client;
using Interop.Protos.Dossier.V1;
using static Interop.Hub.Tests.LandDossier;

namespace Interop.Hub.Tests.Inbox;

/// <summary>
/// Appends inbox items the way a busy desk does: dossiers received at desk 001 by the member igate,
/// many calls in flight over a few channels. Procedure 1.001612 has the receiving desk as its
/// competent agency, so each receipt reaches the desk's inbox alone (holder, desk, return desk and
/// competent are all the desk); the land procedure 1.004227 also reaches the land office (competent).
/// Remembers when each request was sent, to measure submit-to-delivery latency.
/// </summary>
internal sealed class DeskLoad(IReadOnlyList<GrpcChannel> channels)
{
    public const string DeskOnlyProcedure = "1.001612";
    public const string LandProcedure = "1.004227";

    private readonly ConcurrentDictionary<string, long> sent = new(StringComparer.Ordinal);

    private int appended;

    /// <summary>Receipts sent and answered OK so far.</summary>
    public int Appended => Volatile.Read(ref appended);

    public static ReceiveDossierRequest Receipt(string requestId, string procedure)
    {
        var request = Receive(requestId, $"H21.LOAD-{requestId}", Local(11, 3, 8));
        request.Dossier.Details.Procedure.ProcedureCode = procedure;
        return request;
    }

    /// <summary>The <see cref="Stopwatch"/> timestamp at which a request was sent.</summary>
    public long SentAt(string requestId) => sent[requestId];

    /// <summary>Sends the receipts <c>{prefix}-0 .. {prefix}-(count-1)</c>, <paramref name="concurrency"/> in flight; each must be answered OK.</summary>
    public async Task AppendAsync(string prefix, int count, int concurrency, string procedure = DeskOnlyProcedure, Action<int>? progress = null)
    {
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async worker =>
        {
            var igate = Members.IgateOn(channels[worker % channels.Count], TimeSpan.FromSeconds(60));
            for (var i = Interlocked.Increment(ref next); i < count; i = Interlocked.Increment(ref next))
            {
                var requestId = $"{prefix}-{i}";
                var request = Receipt(requestId, procedure);
                sent[requestId] = Stopwatch.GetTimestamp();
                await igate.Dossiers.ReceiveDossierAsync(request);
                progress?.Invoke(Interlocked.Increment(ref appended));
            }
        }));
    }
}
