namespace Interop.Hub.Tests.Lookup;

/// <summary>Starts a hub on a fresh data directory with look-up settings (the settings are never taken for the directory).</summary>
internal static class LookupHubs
{
    public static Task<HubProcess> StartAsync(params string[] settings)
        => HubProcess.StartAsync(Directory.CreateTempSubdirectory("interop-lookup-").FullName, settings);
}
