using CsCheck;
using Interop.Domain.Identifiers;
using Interop.Domain.Units;

namespace Interop.Domain.Tests.Identifiers;

/// <summary>Generators shared by the identifier property tests.</summary>
internal static class IdentifierGen
{
    public static readonly Gen<AgencyId> Agency = Gen.Select(
        Gen.Char['A', 'Z'], DigitsOf(2), DigitsOf(2), DigitsOf(2), DigitsOf(3),
        (m, x, y, z, v) => AgencyId.Parse($"{v}.{z}.{y}.{m}{x}").Value!);

    public static readonly Gen<DateOnly> Date = Gen.DateOnly[new DateOnly(2000, 1, 1), new DateOnly(2099, 12, 31)];

    // Equal weight to 4-, 5- and 6-digit sequences, so the widened forms are exercised as often as the usual one.
    public static readonly Gen<int> Sequence = Gen.Frequency(
        (1, (IGen<int>)Gen.Int[1, 9_999]),
        (1, Gen.Int[10_000, 99_999]),
        (1, Gen.Int[100_000, DossierCode.MaxSequence]));

    public static readonly Gen<string> ProvinceCode2004 = Gen.OneOf(
        AdministrativeUnits.Shipped.List(UnitListEdition.List2004, UnitLevel.Province).Select(p => "0" + p.Code).ToArray());

    public static readonly Gen<string> PersonalId = Gen.Select(
        ProvinceCode2004, Gen.Int[0, 9], DigitsOf(2), DigitsOf(6),
        (province, centurySex, year, random) => $"{province}{centurySex}{year}{random}");

    /// <summary>Ten-digit tax codes whose check digit is right; prefixes with no possible check digit are skipped.</summary>
    public static readonly Gen<string> TaxCode = DigitsOf(9)
        .Select(prefix => (prefix, check: CheckDigit(prefix)))
        .Where(p => p.check is not null)
        .Select(p => p.prefix + p.check);

    public static Gen<string> DigitsOf(int count) => Gen.Char['0', '9'].Array[count].Select(chars => new string(chars));

    /// <summary>The check digit written out independently of the library, from the published formula.</summary>
    public static int? CheckDigit(string firstNine)
    {
        int[] weights = [31, 29, 23, 19, 17, 13, 7, 5, 3];
        var sum = firstNine.Select((c, i) => (c - '0') * weights[i]).Sum();
        var check = 10 - (sum % 11);
        return check == 10 ? null : check;
    }
}
