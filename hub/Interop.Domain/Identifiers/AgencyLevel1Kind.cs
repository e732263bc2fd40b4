namespace Interop.Domain.Identifiers;

/// <summary>What kind of body a level-1 code (the letter M of MX1X2) names. Only letters verified in published codes are mapped.</summary>
public enum AgencyLevel1Kind
{
    /// <summary>A letter this library has not verified; the identifier is still valid.</summary>
    Unrecognised = 0,
    /// <summary>G: a ministry, ministry-level agency or agency of the Government (e.g. G12 Ministry of Finance, G22 Government Office).</summary>
    CentralAgency,
    /// <summary>H: the People's Committee of a province or centrally governed city (e.g. H49 Quảng Ninh).</summary>
    ProvincialPeoplesCommittee,
}
