namespace Interop.Domain.Tests.Decisions;

/// <summary>The list roles the tests' dossiers end up under, written out ("agency:Role", in the order they are derived).</summary>
internal static class Listed
{
    /// <summary>The land dossier held by the desk that received it; the land office is competent.</summary>
    public static readonly string[] LandAtDesk =
        ["001.01.21.H21:Holder", "001.01.21.H21:Receiving", "000.12.21.H21:Competent", "001.01.21.H21:EverHeld", "001.01.21.H21:Unspecified", "000.12.21.H21:Unspecified"];

    /// <summary>The land dossier held by the land office after the desk.</summary>
    public static readonly string[] LandAtLand =
        ["000.12.21.H21:Holder", "001.01.21.H21:Receiving", "000.12.21.H21:Competent", "001.01.21.H21:EverHeld", "000.12.21.H21:EverHeld", "001.01.21.H21:Unspecified", "000.12.21.H21:Unspecified"];

    /// <summary>The filed dossier, before reception: no competent agency yet.</summary>
    public static readonly string[] FiledAtDesk =
        ["001.01.21.H21:Holder", "001.01.21.H21:Receiving", "001.01.21.H21:EverHeld", "001.01.21.H21:Unspecified"];

    /// <summary>The birth registration: the desk is everything.</summary>
    public static readonly string[] BirthAtDesk =
        ["001.01.21.H21:Holder", "001.01.21.H21:Receiving", "001.01.21.H21:Competent", "001.01.21.H21:EverHeld", "001.01.21.H21:Unspecified"];
}
