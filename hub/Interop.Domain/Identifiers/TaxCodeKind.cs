namespace Interop.Domain.Identifiers;

/// <summary>Which of the accepted forms a tax code takes.</summary>
public enum TaxCodeKind
{
    /// <summary>Not set; never returned by a parser.</summary>
    Unspecified = 0,
    /// <summary>Ten digits, the last a check digit: an organisation, or an individual registered before the personal ID replaced it.</summary>
    TenDigit,
    /// <summary>Ten digits, '-', three digits: a dependent unit (branch) of the ten-digit taxpayer.</summary>
    DependentUnit,
    /// <summary>A 12-digit personal ID used as the tax code (individuals, household businesses and dependants, from 2025-07-01).</summary>
    PersonalId,
}
