using Google.Protobuf;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.Lifecycle;

/// <summary>
/// Reception of a filed dossier: the top-level fields the desk set replace the filed ones, the rest
/// stay. One rule, used by the fold (the stored state) and by reception's decision (competence, the route).
/// </summary>
public static class DetailsOverlay
{
    /// <summary>Lays the overlay's set fields over the target, in place.</summary>
    public static void Apply(DossierDetails target, DossierDetails? overlay)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (overlay is null)
        {
            return;
        }

        foreach (var field in DossierDetails.Descriptor.Fields.InDeclarationOrder())
        {
            var value = field.Accessor.GetValue(overlay);
            if (field.IsRepeated)
            {
                var source = (System.Collections.IList)value;
                if (source.Count > 0)
                {
                    var destination = (System.Collections.IList)field.Accessor.GetValue(target);
                    destination.Clear();
                    foreach (var item in source)
                    {
                        destination.Add(item);
                    }
                }
            }
            else if (field.HasPresence ? field.Accessor.HasValue(overlay) : !IsDefaultScalar(value))
            {
                field.Accessor.SetValue(target, value);
            }
        }
    }

    /// <summary>The filed details with the overlay laid over them; neither input is changed.</summary>
    public static DossierDetails Merged(DossierDetails? filed, DossierDetails? overlay)
    {
        var merged = filed?.Clone() ?? new DossierDetails();
        Apply(merged, overlay);
        return merged;
    }

    private static bool IsDefaultScalar(object value) => value switch
    {
        string text => text.Length == 0,
        bool flag => !flag,
        ByteString bytes => bytes.IsEmpty,
        System.Enum enumValue => Convert.ToInt32(enumValue, System.Globalization.CultureInfo.InvariantCulture) == 0,
        _ => Convert.ToDecimal(value, System.Globalization.CultureInfo.InvariantCulture) == 0,
    };
}
