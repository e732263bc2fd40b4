namespace Interop.Testing;

/// <summary>
/// A fresh folder under the system's temporary directory, removed with everything in it at dispose.
/// Every test that needs a folder (a hub's data directory, a store file, certificates) takes one of these.
/// </summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory(string prefix = "interop-test-") => Path = Directory.CreateTempSubdirectory(prefix).FullName;

    public string Path { get; }

    /// <summary>A path inside the folder.</summary>
    public string File(string relative) => System.IO.Path.Combine(Path, relative);

    public void Dispose()
    {
        if (Directory.Exists(Path))
        {
            Directory.Delete(Path, recursive: true);
        }
    }

    public override string ToString() => Path;
}
