namespace Interop.Hub.Inbox;

/// <summary>One stream's hold on its subscription: its token ends with the call or when a newer stream replaces it.</summary>
internal sealed class StreamLease : IDisposable
{
    private readonly CancellationTokenSource source;
    private int replaced;

    public StreamLease(string memberId, string agencyId, CancellationToken callToken)
    {
        Key = (memberId, agencyId);
        source = CancellationTokenSource.CreateLinkedTokenSource(callToken);
    }

    public (string MemberId, string AgencyId) Key { get; }

    public CancellationToken Token => source.Token;

    public bool IsReplaced => Volatile.Read(ref replaced) == 1;

    public void Replace()
    {
        if (Interlocked.Exchange(ref replaced, 1) == 0)
        {
            try
            {
                source.Cancel();
            }
            catch (ObjectDisposedException)
            {
                // The older stream ended meanwhile: nothing left to stop.
            }
        }
    }

    public void Dispose() => source.Dispose();
}
