using Google.Protobuf.Reflection;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;

namespace Interop.Protos.Tests;

public sealed class SchemaRuleTests
{
    private static readonly HashSet<string> OutputOnlyMessages = new(StringComparer.Ordinal)
    {
        "interop.dossier.v1.Dossier", "interop.dossier.v1.Custody", "interop.dossier.v1.Clock",
        "interop.dossier.v1.EventBody", "interop.dossier.v1.Event", "interop.dossier.v1.Receipt",
        "interop.dossier.v1.SignedReceipt", "interop.dossier.v1.MutationOutcome",
    };

    private static readonly HashSet<string> OutputOnlyFields = new(StringComparer.Ordinal)
    {
        "status", "previous_status", "holder_agency", "hash", "previous_hash", "event_hash", "appointment",
        "original_appointment", "recorded_time", "counting_start_time", "paused_working_minutes",
    };

    [Fact]
    public void Every_schema_package_is_compiled_into_the_descriptors()
    {
        var packages = SchemaDescriptors.Files.Select(f => f.Package).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(
            new[] { "interop.audit.v1", "interop.dossier.v1", "interop.error.v1", "interop.inbox.v1", "interop.lookup.v1", "interop.registry.v1", "interop.type.v1" },
            packages);
    }

    [Fact]
    public void Every_payload_case_has_the_event_type_of_the_same_name_and_no_type_lacks_a_case()
    {
        var payload = EventBody.Descriptor.Oneofs.Single(o => o.Name == "payload");
        var caseNames = payload.Fields.Select(f => "EVENT_TYPE_" + f.Name.ToUpperInvariant()).Order(StringComparer.Ordinal);
        var typeNames = EventReflection.Descriptor.FindTypeByName<EnumDescriptor>("EventType").Values
            .Where(v => v.Number != 0).Select(v => v.Name).Order(StringComparer.Ordinal);

        Assert.Equal(caseNames, typeNames);
        Assert.Equal(23, payload.Fields.Count);
    }

    [Fact]
    public void No_dossier_command_can_set_state_hashes_appointment_or_recorded_times()
    {
        var service = DossierServiceReflection.Descriptor.Services.Single();
        var violations = service.Methods
            .Where(m => m.InputType.Name != "GetDossierRequest" && m.InputType.Name != "ListDossiersRequest")
            .SelectMany(m => Reachable(m.InputType, m.InputType.Name, new HashSet<string>()))
            .ToList();

        Assert.Empty(violations);
    }

    [Fact]
    public void Error_reasons_include_every_reason_the_design_names()
    {
        var reasons = ErrorReasonReflection.Descriptor.EnumTypes.Single().Values.Select(v => v.Name.Replace("ERROR_REASON_", "", StringComparison.Ordinal));

        Assert.Subset(
            reasons.ToHashSet(),
            new HashSet<string> { "LIFECYCLE_TRANSITION_REFUSED", "DOSSIER_CLOSED", "CLAIMED_TIME_OUT_OF_BOUNDS", "VERSION_MISMATCH", "REQUEST_ID_REUSED" });
    }

    private static IEnumerable<string> Reachable(MessageDescriptor message, string path, HashSet<string> seen)
    {
        if (OutputOnlyMessages.Contains(message.FullName))
        {
            yield return $"{path} reaches output-only {message.FullName}";
            yield break;
        }

        if (!seen.Add(message.FullName))
        {
            yield break;
        }

        foreach (var field in message.Fields.InDeclarationOrder())
        {
            if (OutputOnlyFields.Contains(field.Name))
            {
                yield return $"{path}.{field.Name}";
            }

            if (field.FieldType == FieldType.Message)
            {
                foreach (var violation in Reachable(field.MessageType, $"{path}.{field.Name}", seen))
                {
                    yield return violation;
                }
            }
        }

        seen.Remove(message.FullName);
    }
}
