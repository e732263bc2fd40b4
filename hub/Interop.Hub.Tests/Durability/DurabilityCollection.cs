namespace Interop.Hub.Tests.Durability;

/// <summary>
/// The durability tests run one at a time and apart from every other test: group commit and the
/// kill -9 test measure a hub under their own load, which other tests on two cores would distort.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DurabilityCollection
{
    public const string Name = "Durability";
}
