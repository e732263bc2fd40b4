namespace Interop.Hub.Tests.Examples;

/// <summary>The Node.js examples of tools/node-client, run with node as users run them.</summary>
internal static class NodeClient
{
    private static readonly string Folder = Path.Combine(RepositoryRoot.Path, "tools", "node-client");
    private static readonly SemaphoreSlim Installing = new(1, 1);

    /// <summary>Runs one example script against a hub; ./test.sh has installed the packages, a test run on its own installs them once.</summary>
    public static async Task<ChildProcess> RunAsync(string script, Uri hub)
    {
        await InstallOnceAsync();
        return await ChildProcess.RunAsync("node", [Path.Combine(Folder, script), hub.ToString()], RepositoryRoot.Path, TimeSpan.FromSeconds(60));
    }

    private static async Task InstallOnceAsync()
    {
        await Installing.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(Folder, "node_modules", "@grpc", "grpc-js")))
            {
                return;
            }

            var install = await ChildProcess.RunAsync(
                "npm", ["ci", "--prefix", Folder, "--no-audit", "--no-fund", "--loglevel=error"], RepositoryRoot.Path, TimeSpan.FromMinutes(5));
            Assert.True(install.ExitCode == 0, install.ToString());
        }
        finally
        {
            Installing.Release();
        }
    }
}
