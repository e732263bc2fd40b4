using Interop.Domain.Lifecycle;

namespace Interop.Domain.Tests.Architecture;

public sealed class DomainDependencyTests
{
    [Fact]
    public void Domain_references_only_the_runtime_protobuf_and_the_schema()
    {
        var references = typeof(DossierFold).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        var foreign = references.Where(name => !name.StartsWith("System", StringComparison.Ordinal)
            && name is not ("netstandard" or "Google.Protobuf" or "Interop.Protos"));

        Assert.Empty(foreign);
    }

    [Fact]
    public void Domain_types_use_no_file_network_or_process_api()
    {
        var forbidden = new[] { "System.IO.File", "System.IO.Directory", "System.Net.", "System.Diagnostics.Process", "Grpc.", "Microsoft.AspNetCore", "Microsoft.Data" };
        var used = typeof(DossierFold).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .Select(t => t.FullName ?? t.Name)
            .Where(name => forbidden.Any(f => name.StartsWith(f, StringComparison.Ordinal)))
            .Distinct();

        Assert.Empty(used);
    }
}
