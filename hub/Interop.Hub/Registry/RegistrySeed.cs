using Google.Protobuf;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Registry;

/// <summary>Reads the registry seed: protobuf JSON of interop.registry.v1.RegistrySnapshot.</summary>
public static class RegistrySeed
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    /// <summary>The seed file's path: Hub:SeedFile, relative to the hub's folder unless rooted.</summary>
    public static string PathOf(string seedFile, string contentRoot)
        => Path.IsPathRooted(seedFile) ? seedFile : Path.Combine(contentRoot, seedFile);

    public static RegistrySnapshot Load(string path) => Parse(File.ReadAllText(path), path);

    public static RegistrySnapshot Parse(string json, string path)
    {
        try
        {
            return Parser.Parse<RegistrySnapshot>(json);
        }
        catch (InvalidProtocolBufferException error)
        {
            throw new InvalidDataException($"registry seed {path}: {error.Message}", error);
        }
        catch (InvalidJsonException error)
        {
            throw new InvalidDataException($"registry seed {path}: {error.Message}", error);
        }
    }

    /// <summary>The canonical bytes the registry digest covers: the snapshot serialised once.</summary>
    public static byte[] Canonical(RegistrySnapshot snapshot) => snapshot.ToByteArray();
}
