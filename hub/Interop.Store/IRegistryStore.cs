namespace Interop.Store;

/// <summary>The versions of the registry (agencies, procedures, calendars, members) the hub has served.</summary>
public interface IRegistryStore
{
    /// <summary>Records a registry content if its digest differs from the latest version's, and returns the latest version.</summary>
    Task<RegistryVersion> RecordRegistryAsync(byte[] content, byte[] digest, DateTimeOffset recordedTime, CancellationToken cancellationToken);
}
