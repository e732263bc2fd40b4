using Interop.Adapters.FileDrop.Format;
using Interop.Adapters.FileDrop.Mapping;
using Interop.Adapters.Sdk.Text;

namespace Interop.Adapters.FileDrop;

/// <summary>The <c>FileDrop</c> section of the adapter's configuration file.</summary>
public sealed record FileDropOptions
{
    /// <summary>The shared folder: the desk software exports into <c>xuat/</c> and imports from <c>nhap/</c> (moving what it imported to <c>nhap/da-xu-ly/</c>).</summary>
    public required string Folder { get; init; }

    public DeskFileLayout Layout { get; init; } = DeskFileLayout.Csv;

    public LegacyEncoding Encoding { get; init; } = LegacyEncoding.Tcvn3;

    public required DeskSite Site { get; init; }

    /// <summary>Where a dossier goes when the desk marks it "chuyển liên thông" (status 3), by procedure code; the software does not say.</summary>
    public IReadOnlyDictionary<string, string> HandOverTo { get; init; } = new Dictionary<string, string>();

    /// <summary>The desk program's full export, imported at the first start (onboarding); none: nothing is imported.</summary>
    public string OnboardingFile { get; init; } = "";

    /// <summary>How often the export folder is looked at.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long a file must stay the same size and time before it is read: the software writes in several goes.</summary>
    public TimeSpan StableFor { get; init; } = TimeSpan.FromSeconds(2);

    public string ExportFolder => Path.Combine(Folder, "xuat");

    public string ImportFolder => Path.Combine(Folder, "nhap");

    public string ImportedFolder => Path.Combine(Folder, "nhap", "da-xu-ly");
}
