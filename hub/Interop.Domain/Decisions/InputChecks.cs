using System.Collections;
using System.Text.Json;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Interop.Domain.Identifiers;
using Interop.Domain.Units;
using Interop.Protos.Dossier.V1;
using Interop.Protos.Error.V1;
using Interop.Protos.Type.V1;

namespace Interop.Domain.Decisions;

/// <summary>Checks of the input messages shared by several commands; each adds the violated field paths.</summary>
public static class InputChecks
{
    public const int MaxSummary = 1000;
    public const int MaxText = 4000;

    // The range of google.protobuf.Timestamp: 0001-01-01T00:00:00Z to 9999-12-31T23:59:59Z.
    private const long MinTimestampSeconds = -62_135_596_800;
    private const long MaxTimestampSeconds = 253_402_300_799;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<MessageDescriptor, FieldDescriptor[]> MessageFieldsByType = new();

    public static void Required(string value, string path, List<FieldViolation> violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(new FieldViolation(path, "required"));
        }
        else if (value.Length > MaxText)
        {
            violations.Add(new FieldViolation(path, $"at most {MaxText} characters"));
        }
    }

    public static void Details(DossierDetails? details, string path, List<FieldViolation> violations)
    {
        if (details is null)
        {
            return;
        }

        if (details.Summary.Length > MaxSummary)
        {
            violations.Add(new FieldViolation($"{path}.summary", $"at most {MaxSummary} characters"));
        }

        Unit(details.SubjectPlace?.Province, $"{path}.subject_place.province", violations);
        Unit(details.SubjectPlace?.District, $"{path}.subject_place.district", violations);
        Unit(details.SubjectPlace?.Commune, $"{path}.subject_place.commune", violations);
        for (var i = 0; i < details.Documents.Count; i++)
        {
            Document(details.Documents[i], $"{path}.documents[{i}]", violations);
        }

        for (var i = 0; i < details.VendorAttributes.Count; i++)
        {
            if (details.VendorAttributes[i].Namespace.Length == 0 || details.VendorAttributes[i].Key.Length == 0)
            {
                violations.Add(new FieldViolation($"{path}.vendor_attributes[{i}]", "namespace and key are required"));
            }
        }

        for (var i = 0; i < details.Fees.Count; i++)
        {
            Fee(details.Fees[i], $"{path}.fees[{i}]", violations);
        }
    }

    public static void Document(DocumentRef? document, string path, List<FieldViolation> violations)
    {
        if (document is null)
        {
            return;
        }

        if (document.Id.Length == 0)
        {
            violations.Add(new FieldViolation($"{path}.id", "required"));
        }

        switch (document.Custody)
        {
            case ContentCustody.Vendor when document.Url.Length == 0 || document.Sha256.Length != 32:
                violations.Add(new FieldViolation($"{path}.url", "a vendor-held document needs its URL and the SHA-256 of its content (32 bytes)"));
                break;
            case ContentCustody.Hub:
                violations.Add(new FieldViolation($"{path}.custody", "no content was uploaded to the hub under this reference", ErrorReason.DocumentReferenceInvalid));
                break;
            case ContentCustody.Unspecified:
                violations.Add(new FieldViolation($"{path}.custody", "required: hub, vendor or paper"));
                break;
        }
    }

    public static void Fee(FeeLine line, string path, List<FieldViolation> violations) => Amount(line.Amount, $"{path}.amount", violations);

    /// <summary>An amount due or paid: non-negative, in VND (đồng have no minor unit).</summary>
    public static void Amount(Money? amount, string path, List<FieldViolation> violations)
    {
        if (amount is null || amount.Units < 0 || amount.CurrencyCode != "VND")
        {
            violations.Add(new FieldViolation(path, "a non-negative amount in VND"));
        }
    }

    public static void Documents(IEnumerable<DocumentRef> documents, string path, List<FieldViolation> violations)
    {
        var i = 0;
        foreach (var document in documents)
        {
            Document(document, $"{path}[{i++}]", violations);
        }
    }

    public static void Fees(IEnumerable<FeeLine> lines, string path, List<FieldViolation> violations)
    {
        var i = 0;
        foreach (var line in lines)
        {
            Fee(line, $"{path}[{i++}]", violations);
        }
    }

    public static void Unit(UnitRef? unit, string path, List<FieldViolation> violations)
    {
        if (unit is null || unit.Code.Length == 0)
        {
            return;
        }

        Domain.Units.UnitListEdition? edition = unit.Edition switch
        {
            Protos.Type.V1.UnitListEdition.List2004 => Domain.Units.UnitListEdition.List2004,
            Protos.Type.V1.UnitListEdition.List2025 => Domain.Units.UnitListEdition.List2025,
            _ => null,
        };
        if (edition is null)
        {
            violations.Add(new FieldViolation($"{path}.edition", "a unit code travels with its list edition"));
        }
        else if (AdministrativeUnits.Shipped.Find(unit.Code, edition.Value) is null)
        {
            violations.Add(new FieldViolation($"{path}.code", $"no unit {unit.Code} in the {edition} list"));
        }
    }

    public static void Personal(PersonalData? personal, string path, List<FieldViolation> violations)
    {
        if (personal is null)
        {
            return;
        }

        Party(personal.Owner, $"{path}.owner", violations);
        Party(personal.Submitter?.Party, $"{path}.submitter.party", violations);
        Party(personal.ResultRecipient?.Party, $"{path}.result_recipient.party", violations);
        Party(personal.PostalRecipient, $"{path}.postal_recipient", violations);
        Form(personal.FormData, $"{path}.form_data", violations);
        Form(personal.ResultFormData, $"{path}.result_form_data", violations);
    }

    /// <summary>
    /// Every google.protobuf.Timestamp of a request must be a valid one (0001-01-01 to 9999-12-31,
    /// nanos 0 to 999,999,999): converting an invalid one throws, and a stored one would fail every later read.
    /// </summary>
    /// <summary>Every timestamp anywhere in the message lies in the range of google.protobuf.Timestamp; the paths are built only when one does not.</summary>
    public static void Timestamps(IMessage message, string path, List<FieldViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!HasInvalidTimestamp(message))
        {
            return;
        }

        foreach (var field in MessageFields(message.Descriptor))
        {
            var name = path.Length == 0 ? field.Name : $"{path}.{field.Name}";
            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated)
            {
                var items = (IList)value;
                for (var i = 0; i < items.Count; i++)
                {
                    Timestamp((IMessage)items[i]!, $"{name}[{i}]", violations);
                }
            }
            else if (value is IMessage child)
            {
                Timestamp(child, name, violations);
            }
        }
    }

    public static void Form(FormData? form, string path, List<FieldViolation> violations)
    {
        if (form is null)
        {
            return;
        }

        if (form.SchemaId.Length == 0)
        {
            violations.Add(new FieldViolation($"{path}.schema_id", "form data names its schema", ErrorReason.FormDataInvalid));
        }

        try
        {
            using var _ = JsonDocument.Parse(form.Json);
        }
        catch (JsonException)
        {
            violations.Add(new FieldViolation($"{path}.json", "not valid JSON text", ErrorReason.FormDataInvalid));
        }
    }

    private static bool HasInvalidTimestamp(IMessage message)
    {
        if (message is Google.Protobuf.WellKnownTypes.Timestamp time)
        {
            return time.Seconds is < MinTimestampSeconds or > MaxTimestampSeconds || time.Nanos is < 0 or > 999_999_999;
        }

        foreach (var field in MessageFields(message.Descriptor))
        {
            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated)
            {
                foreach (var item in (IList)value)
                {
                    if (HasInvalidTimestamp((IMessage)item!))
                    {
                        return true;
                    }
                }
            }
            else if (value is IMessage child && HasInvalidTimestamp(child))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A message type's fields that hold messages (maps aside), looked up once per type.</summary>
    private static FieldDescriptor[] MessageFields(MessageDescriptor descriptor)
        => MessageFieldsByType.GetOrAdd(descriptor, d => [.. d.Fields.InFieldNumberOrder().Where(f => f.FieldType == FieldType.Message && !f.IsMap)]);

    private static void Timestamp(IMessage message, string path, List<FieldViolation> violations)
    {
        if (message is not Google.Protobuf.WellKnownTypes.Timestamp time)
        {
            Timestamps(message, path, violations);
        }
        else if (time.Seconds is < MinTimestampSeconds or > MaxTimestampSeconds || time.Nanos is < 0 or > 999_999_999)
        {
            violations.Add(new FieldViolation(path, "not a valid timestamp (0001-01-01 to 9999-12-31 UTC)"));
        }
    }

    private static void Party(Party? party, string path, List<FieldViolation> violations)
    {
        if (party is null)
        {
            return;
        }

        Unit(party.Address?.Province, $"{path}.address.province", violations);
        Unit(party.Address?.District, $"{path}.address.district", violations);
        Unit(party.Address?.Commune, $"{path}.address.commune", violations);
        for (var i = 0; i < party.IdentityDocuments.Count; i++)
        {
            var document = party.IdentityDocuments[i];
            var error = document.Kind switch
            {
                IdentityDocumentKind.PersonalId => PersonalIdNumber.Parse(document.Number).Error,
                IdentityDocumentKind.OldIdCard => LegacyIdNumber.Parse(document.Number).Error,
                IdentityDocumentKind.TaxCode => TaxCode.Parse(document.Number).Error,
                _ => null,
            };
            if (error is not null)
            {
                violations.Add(new FieldViolation($"{path}.identity_documents[{i}].number", $"{error.Code}: {error.Message}"));
            }
        }
    }
}
