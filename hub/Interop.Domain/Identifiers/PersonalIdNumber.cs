using Interop.Domain.Units;

namespace Interop.Domain.Identifiers;

/// <summary>
/// A 12-digit personal identification number (số định danh cá nhân; NĐ 137/2015/NĐ-CP art. 13, Thông tư 07/2016/TT-BCA):
/// 3-digit province of birth registration, 1 century-and-sex digit, 2-digit birth year, 6 random digits. It has no check digit.
/// </summary>
public sealed record PersonalIdNumber
{
    /// <summary>The number of digits.</summary>
    public const int Length = 12;

    // Indexed by the fourth digit: 0/1 = 20th century male/female, 2/3 = 21st, 4/5 = 22nd, 6/7 = 23rd, 8/9 = 24th.
    private static readonly (int CenturyStart, Sex Sex)[] CenturyAndSex =
    [
        (1900, Sex.Male), (1900, Sex.Female),
        (2000, Sex.Male), (2000, Sex.Female),
        (2100, Sex.Male), (2100, Sex.Female),
        (2200, Sex.Male), (2200, Sex.Female),
        (2300, Sex.Male), (2300, Sex.Female),
    ];

    private PersonalIdNumber(string value, AdministrativeUnit province)
    {
        Value = value;
        BirthRegistrationProvince = province;
        (var centuryStart, Sex) = CenturyAndSex[value[3] - '0'];
        BirthYear = centuryStart + Digits.Value(value.AsSpan(4, 2));
    }

    /// <summary>The twelve digits. Personal data: never log it.</summary>
    public string Value { get; }

    /// <summary>The first three digits as written, e.g. <c>001</c> (Hà Nội), <c>079</c> (Hồ Chí Minh).</summary>
    public string ProvinceCode => Value[..3];

    /// <summary>The province of birth registration, as a unit of the 2004 list (the code is 0 followed by its two digits).</summary>
    public AdministrativeUnit BirthRegistrationProvince { get; }

    /// <summary>Sex, from the parity of the fourth digit.</summary>
    public Sex Sex { get; }

    /// <summary>Full birth year: the century from the fourth digit plus the fifth and sixth digits.</summary>
    public int BirthYear { get; }

    /// <summary>Parses a personal ID. Structure only: whether the number was issued is not knowable here.</summary>
    /// <param name="text">Untrusted input; not trimmed. Messages never quote it.</param>
    /// <returns>
    /// The number, or <see cref="IdentifierReason.Empty"/>, <see cref="IdentifierReason.NotDigits"/>,
    /// <see cref="IdentifierReason.Length"/> or <see cref="IdentifierReason.UnknownProvince"/>.
    /// </returns>
    public static ParseResult<PersonalIdNumber> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed.Fail<PersonalIdNumber>(IdentifierReason.Empty, "personal ID is empty");
        }

        if (!Digits.All(text))
        {
            return Parsed.Fail<PersonalIdNumber>(IdentifierReason.NotDigits, "personal ID must contain only the digits 0-9");
        }

        if (text.Length != Length)
        {
            return Parsed.Fail<PersonalIdNumber>(
                IdentifierReason.Length, $"personal ID must have {Length} digits, found {text.Length}");
        }

        var province = text[0] == '0'
            ? AdministrativeUnits.Shipped.Find(text.Substring(1, 2), UnitListEdition.List2004)
            : null;
        return province is null
            ? Parsed.Fail<PersonalIdNumber>(
                IdentifierReason.UnknownProvince,
                $"personal ID's province code {text[..3]} is not a province of the 2004 list (0 followed by the province's two digits)")
            : Parsed.Ok(new PersonalIdNumber(text, province));
    }

    /// <summary>Masks all but the last three digits, so the value can appear in a message or a log without disclosing it.</summary>
    /// <returns>E.g. <c>*********567</c>.</returns>
    public override string ToString() => string.Concat(new string('*', Length - 3), Value.AsSpan(Length - 3));
}
