using CsCheck;
using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class DossierCodePropertyTests
{
    [Fact]
    public void Parse_returns_what_Create_was_given_for_any_agency_date_and_sequence() =>
        Gen.Select(IdentifierGen.Agency, IdentifierGen.Date, IdentifierGen.Sequence).Sample((agency, date, sequence) =>
        {
            var code = DossierCode.Create(agency, date, sequence);

            var parsed = DossierCode.Parse(code.Value);

            Assert.True(parsed.IsValid, parsed.ToString());
            Assert.Equal(code, parsed.Value);
            Assert.Equal((agency, date, sequence), (parsed.Value.Agency, parsed.Value.Date, parsed.Value.Sequence));
        }, iter: 2_000);

    [Fact]
    public void Create_writes_the_sequence_with_max_of_four_and_its_own_digit_count() =>
        Gen.Select(IdentifierGen.Agency, IdentifierGen.Date, IdentifierGen.Sequence).Sample((agency, date, sequence) =>
        {
            var written = DossierCode.Create(agency, date, sequence).Value.Split('-')[2];

            Assert.Equal(Math.Max(4, sequence.ToString(System.Globalization.CultureInfo.InvariantCulture).Length), written.Length);
        }, iter: 1_000);
}
