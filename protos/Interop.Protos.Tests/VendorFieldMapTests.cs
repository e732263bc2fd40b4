using Google.Protobuf.Reflection;

namespace Interop.Protos.Tests;

public sealed class VendorFieldMapTests
{
    [Fact]
    public void Every_vendor_field_has_a_row()
    {
        var mapped = VendorFieldMap.Rows.Select(r => (r.Section, r.VendorField)).ToHashSet();

        var missing = VendorFieldMap.VendorTokens().Distinct().Where(t => !mapped.Contains(t)).Select(t => $"{t.Section}: {t.Token}");

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_row_names_a_field_of_the_vendor_formats()
    {
        var tokens = VendorFieldMap.VendorTokens().ToHashSet();

        var invented = VendorFieldMap.Rows.Where(r => !tokens.Contains((r.Section, r.VendorField))).Select(r => $"line {r.Line}: {r.VendorField}");

        Assert.Empty(invented);
    }

    [Fact]
    public void Every_mapped_path_resolves_against_the_schema_descriptors()
    {
        var unresolved = VendorFieldMap.Rows
            .SelectMany(r => r.Paths.Select(p => (r.Line, Path: p)))
            .Where(x => Resolve(x.Path) is not null)
            .Select(x => $"line {x.Line}: {x.Path}: {Resolve(x.Path)}");

        Assert.Empty(unresolved);
    }

    [Fact]
    public void Every_row_not_carried_gives_a_reason()
    {
        var bare = VendorFieldMap.Rows.Where(r => !r.IsCarried && r.Mapping.Trim().Length <= VendorFieldMap.NotCarriedPrefix.Length + 5);

        Assert.Empty(bare);
    }

    [Theory]
    [InlineData("interop.dossier.v1.Dossier#details.procedure.procedure_code", null)]
    [InlineData("interop.dossier.v1.EventBody#handover_offered.to_agency.agency_id", null)]
    [InlineData("interop.dossier.v1.DossierStatus#DOSSIER_STATUS_PROCESSING", null)]
    [InlineData("interop.dossier.v1.Dossier#details.procedure.code", "no field 'code' in interop.dossier.v1.ProcedureRef")]
    [InlineData("interop.dossier.v1.Dossier#version.value", "'version' is not a message")]
    [InlineData("interop.dossier.v1.Nope#id", "no message or enum interop.dossier.v1.Nope")]
    public void Path_resolver_accepts_real_paths_and_explains_wrong_ones(string path, string? expected)
    {
        Assert.Equal(expected, Resolve(path));
    }

    /// <summary>Null when the path resolves, else why not.</summary>
    private static string? Resolve(string path)
    {
        var hash = path.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0)
        {
            return "no '#' between type and field path";
        }

        var typeName = path[..hash];
        var rest = path[(hash + 1)..];
        if (SchemaDescriptors.FindEnum(typeName) is { } enumType)
        {
            return enumType.FindValueByName(rest) is null ? $"no value '{rest}' in {typeName}" : null;
        }

        var message = SchemaDescriptors.FindMessage(typeName);
        if (message is null)
        {
            return $"no message or enum {typeName}";
        }

        FieldDescriptor? field = null;
        foreach (var name in rest.Split('.'))
        {
            if (field is not null)
            {
                if (field.FieldType != FieldType.Message)
                {
                    return $"'{field.Name}' is not a message";
                }

                message = field.MessageType;
            }

            field = message.FindFieldByName(name);
            if (field is null)
            {
                return $"no field '{name}' in {message.FullName}";
            }
        }

        return null;
    }
}
