using CsCheck;
using Interop.Domain.Identifiers;
using Interop.Domain.Units;

namespace Interop.Domain.Tests.Identifiers;

public sealed class PersonalIdNumberPropertyTests
{
    [Fact]
    public void Parse_accepts_any_2004_province_century_sex_digit_year_and_random_part() =>
        IdentifierGen.PersonalId.Sample(text =>
        {
            var id = PersonalIdNumber.Parse(text).Value!;

            var centurySex = text[3] - '0';
            Assert.Equal(text, id.Value);
            Assert.Equal(text[1..3], id.BirthRegistrationProvince.Code);
            Assert.Equal(UnitListEdition.List2004, id.BirthRegistrationProvince.Edition);
            Assert.Equal(centurySex % 2 == 0 ? Sex.Male : Sex.Female, id.Sex);
            Assert.Equal(1900 + (100 * (centurySex / 2)) + int.Parse(text[4..6], System.Globalization.CultureInfo.InvariantCulture), id.BirthYear);
        }, iter: 2_000);

    [Fact]
    public void Parse_refuses_any_province_code_outside_the_2004_list() =>
        Gen.Select(Gen.Int[0, 999], IdentifierGen.DigitsOf(9))
            .Select((province, rest) => $"{province:D3}{rest}")
            .Where(text => AdministrativeUnits.Shipped.Find(text[1..3], UnitListEdition.List2004) is null || text[0] != '0')
            .Sample(text => Assert.Equal(IdentifierReason.UnknownProvince, PersonalIdNumber.Parse(text).Error!.Reason), iter: 1_000);
}
