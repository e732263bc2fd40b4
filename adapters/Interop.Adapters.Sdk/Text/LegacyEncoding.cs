namespace Interop.Adapters.Sdk.Text;

/// <summary>The 8-bit Vietnamese encodings of the legacy systems, each a font convention over ASCII.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN 5712:1993 "ABC" (TCVN3): one byte per lower-case accented letter; seven capitals of their own, other accented capitals written as the base capital and the lower-case byte.</summary>
    Tcvn3,

    /// <summary>VNI-Windows: a base letter followed by one or two mark bytes, and a few letters of one byte.</summary>
    Vni,
}
