namespace Interop.Hub.Tests.Durability;

/// <summary>One life of the crash test's hub: the process, whether it has been killed, and the hub that replaced it.</summary>
internal sealed class HubGeneration(HubChild hub, int number)
{
    private readonly TaskCompletionSource<HubGeneration> successor = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource answered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int killed;

    public HubChild Hub { get; } = hub;

    public int Number { get; } = number;

    public HubClient Igate { get; } = Members.IgateOn(hub.Channel, TimeSpan.FromSeconds(60));

    /// <summary>Set before the kill, so a call that fails because of it always finds it set.</summary>
    public bool Killed => Volatile.Read(ref killed) == 1;

    /// <summary>The hub started on the same data directory after this one was killed.</summary>
    public Task<HubGeneration> Successor => successor.Task;

    /// <summary>Completes at this hub's first OK: it is warm and committing.</summary>
    public Task Answered => answered.Task;

    public void Acknowledged() => answered.TrySetResult();

    public async Task KillAsync()
    {
        Volatile.Write(ref killed, 1);
        await Hub.KillAsync();
    }

    public void Succeed(HubGeneration next) => successor.SetResult(next);
}
