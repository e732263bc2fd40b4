using CsCheck;
using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class TaxCodePropertyTests
{
    [Fact]
    public void Parse_accepts_any_code_whose_tenth_digit_is_the_check_digit() =>
        IdentifierGen.TaxCode.Sample(text => Assert.Equal(TaxCodeKind.TenDigit, TaxCode.Parse(text).Value!.Kind), iter: 2_000);

    [Fact]
    public void Parse_refuses_any_single_digit_mutation_of_a_valid_code() =>
        Gen.Select(IdentifierGen.TaxCode, Gen.Int[0, 9], Gen.Int[1, 9]).Sample((text, position, shift) =>
        {
            var mutated = text.ToCharArray();
            mutated[position] = (char)('0' + ((mutated[position] - '0' + shift) % 10));

            var parsed = TaxCode.Parse(new string(mutated));

            Assert.False(parsed.IsValid);
            Assert.Contains(parsed.Error.Reason, new[] { IdentifierReason.Checksum, IdentifierReason.CheckDigitImpossible });
        }, iter: 5_000);

    [Fact]
    public void Parse_accepts_any_valid_code_with_a_dependent_unit_suffix_from_001() =>
        Gen.Select(IdentifierGen.TaxCode, Gen.Int[1, 999]).Sample((text, suffix) =>
        {
            var code = TaxCode.Parse($"{text}-{suffix:D3}").Value!;

            Assert.Equal((TaxCodeKind.DependentUnit, text), (code.Kind, code.TaxpayerCode));
        });

    [Fact]
    public void Parse_accepts_any_valid_personal_id_as_a_tax_code() =>
        IdentifierGen.PersonalId.Sample(text => Assert.Equal(TaxCodeKind.PersonalId, TaxCode.Parse(text).Value!.Kind));
}
