namespace Interop.Hub.Tests.Inbox;

/// <summary>
/// The inbox tests that load a hub and measure it (memory, latency) run one at a time and apart from
/// every other test, which on two cores would distort what they measure.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class InboxLoadCollection
{
    public const string Name = "InboxLoad";
}
