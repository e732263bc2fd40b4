using System.Reflection;
using Google.Protobuf.Reflection;
using Interop.Protos.Dossier.V1;

namespace Interop.Protos.Tests;

/// <summary>Every message and enum of the schema by full name, read from the compiled descriptors.</summary>
internal static class SchemaDescriptors
{
    private static readonly Lazy<IReadOnlyList<FileDescriptor>> LazyFiles = new(LoadFiles);

    public static IReadOnlyList<FileDescriptor> Files => LazyFiles.Value;

    public static IEnumerable<MessageDescriptor> Messages => Files.SelectMany(f => f.MessageTypes).SelectMany(WithNested);

    public static IEnumerable<EnumDescriptor> Enums => Files.SelectMany(f => f.EnumTypes)
        .Concat(Messages.SelectMany(m => m.EnumTypes));

    public static MessageDescriptor? FindMessage(string fullName) => Messages.FirstOrDefault(m => m.FullName == fullName);

    public static EnumDescriptor? FindEnum(string fullName) => Enums.FirstOrDefault(e => e.FullName == fullName);

    private static IEnumerable<MessageDescriptor> WithNested(MessageDescriptor message)
        => new[] { message }.Concat(message.NestedTypes.SelectMany(WithNested));

    private static List<FileDescriptor> LoadFiles()
        => typeof(EventBody).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Reflection", StringComparison.Ordinal))
            .Select(t => t.GetProperty("Descriptor", BindingFlags.Public | BindingFlags.Static)?.GetValue(null))
            .OfType<FileDescriptor>()
            .Where(f => f.Package.StartsWith("interop.", StringComparison.Ordinal))
            .ToList();
}
