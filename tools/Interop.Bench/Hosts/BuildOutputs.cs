using System.Reflection;

namespace Interop.Bench.Hosts;

/// <summary>
/// Where the programs the benchmark starts are: the repository's build output of the same configuration
/// as the benchmark's own (Release from ./bench.sh, Debug from the tests), unless a path is given.
/// </summary>
internal static class BuildOutputs
{
    public static string Configuration =>
        typeof(BuildOutputs).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";

    /// <summary>The folder holding Interop.sln above the benchmark's assembly.</summary>
    public static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Interop.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"no Interop.sln above {AppContext.BaseDirectory}: pass --hub and --echo");
    }

    public static string Hub(string? given) => Existing(given ?? Path.Combine(RepositoryRoot(), "hub", "Interop.Hub", "bin", Configuration, "net10.0", "Interop.Hub.dll"), "--hub");

    public static string Echo(string? given) => Existing(given ?? Path.Combine(RepositoryRoot(), "tools", "Interop.Echo", "bin", Configuration, "net10.0", "Interop.Echo.dll"), "--echo");

    private static string Existing(string path, string option) => File.Exists(path)
        ? path
        : throw new FileNotFoundException($"{path} is not built (dotnet build -c {Configuration}), or pass {option} PATH", path);
}
