using System.Reflection;

namespace Interop.Hub.Tests.Examples;

/// <summary>The repository's root folder: the one holding Interop.sln.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    // Walks up from the test's base directory; with the build output outside the repository
    // (--artifacts-path) it falls back to the folder recorded at build time.
    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Interop.sln")))
            {
                return folder.FullName;
            }
        }

        var recorded = typeof(RepositoryRoot).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .SingleOrDefault(attribute => attribute.Key == "RepositoryRoot")?.Value;
        return recorded is not null && File.Exists(System.IO.Path.Combine(recorded, "Interop.sln"))
            ? recorded
            : throw new InvalidOperationException($"no Interop.sln above {AppContext.BaseDirectory} nor at the recorded root {recorded}");
    }
}
