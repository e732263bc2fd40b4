namespace Interop.Domain.Identifiers;

/// <summary>
/// A tax code (mã số thuế): ten digits with a check digit; ten digits, '-' and a three-digit dependent-unit suffix
/// (Thông tư 105/2020/TT-BTC); or, from 2025-07-01, an individual's 12-digit personal ID (Luật Quản lý thuế as amended in 2024,
/// Thông tư 86/2024/TT-BTC). Parsing is in <c>TaxCode.Parse.cs</c>.
/// </summary>
public sealed partial record TaxCode
{
    private TaxCode(string value, TaxCodeKind kind, PersonalIdNumber? personalId)
    {
        Value = value;
        Kind = kind;
        PersonalId = personalId;
    }

    /// <summary>The code as written, e.g. <c>0100109106</c> or <c>0100109106-001</c>.</summary>
    public string Value { get; }

    /// <summary>Which form the code takes.</summary>
    public TaxCodeKind Kind { get; }

    /// <summary>The taxpayer the code belongs to: the first ten digits, or the whole personal ID.</summary>
    public string TaxpayerCode => Kind == TaxCodeKind.DependentUnit ? Value[..10] : Value;

    /// <summary>The dependent unit's three digits, or null.</summary>
    public string? DependentUnitSuffix => Kind == TaxCodeKind.DependentUnit ? Value[11..] : null;

    /// <summary>The personal ID when <see cref="Kind"/> is <see cref="TaxCodeKind.PersonalId"/>, else null.</summary>
    public PersonalIdNumber? PersonalId { get; }

    /// <summary>Masks a personal ID (see <see cref="PersonalIdNumber.ToString"/>); organisation codes are public and shown whole.</summary>
    /// <returns>The code, or the masked personal ID.</returns>
    public override string ToString() => PersonalId?.ToString() ?? Value;
}
