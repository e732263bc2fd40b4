using Google.Protobuf;
using Interop.Protos.Registry.V1;

namespace Interop.Hub.Registry;

/// <summary>Reads the registry seed: protobuf JSON of interop.registry.v1.RegistrySnapshot.</summary>
public static class RegistrySeed
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    public static RegistrySnapshot Load(string path)
    {
        try
        {
            return Parser.Parse<RegistrySnapshot>(File.ReadAllText(path));
        }
        catch (InvalidProtocolBufferException error)
        {
            throw new InvalidDataException($"registry seed {path}: {error.Message}", error);
        }
    }

    /// <summary>The canonical bytes the registry digest covers: the snapshot serialised once.</summary>
    public static byte[] Canonical(RegistrySnapshot snapshot) => snapshot.ToByteArray();
}
