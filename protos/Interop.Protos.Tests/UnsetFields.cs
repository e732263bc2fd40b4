using System.Collections;
using Google.Protobuf;
using Google.Protobuf.Reflection;

namespace Interop.Protos.Tests;

/// <summary>
/// Walks a message by its descriptor and lists every field left at its default, recursively:
/// scalars at zero/empty, messages unset, repeated fields empty. Well-known types count
/// as values. A oneof counts as set when one of
/// its cases is; only the set case is walked.
/// </summary>
internal static class UnsetFields
{
    public static IReadOnlyList<string> Of(IMessage message)
    {
        var unset = new List<string>();
        Walk(message, message.Descriptor.Name, unset);
        return unset;
    }

    private static void Walk(IMessage message, string path, List<string> unset)
    {
        foreach (var field in message.Descriptor.Fields.InDeclarationOrder())
        {
            var fieldPath = $"{path}.{field.Name}";
            var oneof = field.RealContainingOneof;
            if (oneof is not null)
            {
                var chosen = oneof.Accessor.GetCaseFieldDescriptor(message);
                if (chosen is null && field == oneof.Fields[0])
                {
                    unset.Add($"{path}.{oneof.Name} (oneof)");
                }

                if (chosen != field)
                {
                    continue;
                }
            }

            var value = field.Accessor.GetValue(message);
            if (field.IsRepeated)
            {
                var items = ((IEnumerable)value).Cast<object>().ToList();
                if (items.Count == 0)
                {
                    unset.Add(fieldPath);
                }

                foreach (var item in items.OfType<IMessage>())
                {
                    Walk(item, fieldPath + "[]", unset);
                }
            }
            else if (field.FieldType == FieldType.Message)
            {
                if (value is null)
                {
                    unset.Add(fieldPath);
                }
                else if (!IsWellKnownType(field.MessageType))
                {
                    Walk((IMessage)value, fieldPath, unset);
                }
            }
            else if (IsDefault(value))
            {
                unset.Add(fieldPath);
            }
        }
    }

    // Timestamps, durations and masks are values: present means set (the epoch is a valid time).
    private static bool IsWellKnownType(MessageDescriptor type) => type.File.Package == "google.protobuf";

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        ByteString b => b.IsEmpty,
        bool b => !b,
        Enum e => Convert.ToInt64(e, System.Globalization.CultureInfo.InvariantCulture) == 0,
        IConvertible c => c.ToDecimal(System.Globalization.CultureInfo.InvariantCulture) == 0,
        _ => false,
    };
}
