namespace Interop.Hub.Inbox;

/// <summary>
/// A signal that something was committed to one agency's inbox: never the items themselves. A reader
/// takes <see cref="Next"/> before it reads the store, so a ring after that read cannot be missed.
/// </summary>
internal sealed class Doorbell
{
    private TaskCompletionSource next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next ring.</summary>
    public Task Next => Volatile.Read(ref next).Task;

    public void Ring() => Interlocked.Exchange(ref next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}
