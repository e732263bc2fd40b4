namespace Interop.Adapters.FileDrop.Mapping;

/// <summary>
/// What the desk software does not say and the adapter's configuration does: the desk agency it
/// serves, where results are returned, the province of its communes, the name it goes by in
/// provenance, its local time zone (the software writes local times without one).
/// </summary>
public sealed record DeskSite
{
    /// <summary>The desk's agency (its electronic identifier, e.g. <c>001.01.21.H21</c>).</summary>
    public required string DeskAgencyId { get; init; }

    /// <summary>Where results are returned; the desk itself when empty.</summary>
    public string ReturnAgencyId { get; init; } = "";

    /// <summary>The province of the communes in <c>MaXa</c> (the 2025 unit code, e.g. <c>52</c>).</summary>
    public required string ProvinceCode { get; init; }

    /// <summary>The legacy system's name in each event's provenance.</summary>
    public string SourceSystem { get; init; } = "file-drop desk";

    /// <summary>The offset of the desk's local times (Vietnam: +07:00, no daylight saving).</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(7);
}
