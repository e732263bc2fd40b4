using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class DossierCodeTests
{
    [Fact]
    public void Parse_reads_agency_date_and_sequence_of_the_worked_example()
    {
        var parsed = DossierCode.Parse("000.00.06.H56-231027-0361");

        Assert.True(parsed.IsValid, parsed.ToString());
        Assert.Equal("000.00.06.H56", parsed.Value.Agency.Value);
        Assert.Equal(new DateOnly(2023, 10, 27), parsed.Value.Date);
        Assert.Equal(361, parsed.Value.Sequence);
    }

    [Fact]
    public void Parse_refuses_vendor_variant_because_its_agency_part_is_not_an_e_id()
    {
        var parsed = DossierCode.Parse("H21.129-250812-0035");

        Assert.False(parsed.IsValid);
        Assert.Equal(IdentifierReason.BadAgencyId, parsed.Error.Reason);
        Assert.Equal("BAD_AGENCY_ID", parsed.Error.Code);
        Assert.Contains("'H21.129' is not an agency e-ID", parsed.Error.Message, StringComparison.Ordinal);
        Assert.Contains("four dot-separated levels", parsed.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_pads_sequence_to_four_digits()
    {
        var agency = AgencyId.Parse("000.00.06.H56").Value!;

        Assert.Equal("000.00.06.H56-231027-0361", DossierCode.Create(agency, new DateOnly(2023, 10, 27), 361).Value);
    }

    [Theory]
    [InlineData(10_000, "000.00.06.H56-250101-10000")]
    [InlineData(999_999, "000.00.06.H56-250101-999999")]
    public void Create_widens_sequence_past_9999(int sequence, string expected)
    {
        var agency = AgencyId.Parse("000.00.06.H56").Value!;

        Assert.Equal(expected, DossierCode.Create(agency, new DateOnly(2025, 1, 1), sequence).Value);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void Create_throws_when_sequence_cannot_be_written(int sequence)
    {
        var agency = AgencyId.Parse("000.00.06.H56").Value!;

        Assert.Throws<ArgumentOutOfRangeException>(() => DossierCode.Create(agency, new DateOnly(2025, 1, 1), sequence));
    }

    [Fact]
    public void Create_throws_when_year_has_no_two_digit_form_in_this_century()
    {
        var agency = AgencyId.Parse("000.00.06.H56").Value!;

        Assert.Throws<ArgumentOutOfRangeException>(() => DossierCode.Create(agency, new DateOnly(2100, 1, 1), 1));
    }

    [Theory]
    [InlineData(null, IdentifierReason.Empty)]
    [InlineData("", IdentifierReason.Empty)]
    [InlineData("000.00.06.H56-231027", IdentifierReason.WrongShape)]
    [InlineData("000.00.06.H56-231027-0361-1", IdentifierReason.WrongShape)]
    [InlineData("000.00.06.H56_231027_0361", IdentifierReason.WrongShape)]
    [InlineData(" 000.00.06.H56-231027-0361", IdentifierReason.BadAgencyId)]
    [InlineData("000.00.06.h56-231027-0361", IdentifierReason.BadAgencyId)]
    [InlineData("00.00.06.H56-231027-0361", IdentifierReason.BadAgencyId)]
    [InlineData("000.00.06.56-231027-0361", IdentifierReason.BadAgencyId)]
    [InlineData("-231027-0361", IdentifierReason.BadAgencyId)]
    [InlineData("000.00.06.H56-23107-0361", IdentifierReason.WrongShape)]
    [InlineData("000.00.06.H56-2310270-0361", IdentifierReason.WrongShape)]
    [InlineData("000.00.06.H56-23A027-0361", IdentifierReason.WrongShape)]
    [InlineData("000.00.06.H56-231327-0361", IdentifierReason.ImpossibleDate)]
    [InlineData("000.00.06.H56-230230-0361", IdentifierReason.ImpossibleDate)]
    [InlineData("000.00.06.H56-230229-0361", IdentifierReason.ImpossibleDate)]
    [InlineData("000.00.06.H56-231000-0361", IdentifierReason.ImpossibleDate)]
    [InlineData("000.00.06.H56-231027-036", IdentifierReason.SequenceLength)]
    [InlineData("000.00.06.H56-231027-1234567", IdentifierReason.SequenceLength)]
    [InlineData("000.00.06.H56-231027-", IdentifierReason.WrongShape)]
    [InlineData("000.00.06.H56-231027-03a1", IdentifierReason.WrongShape)]
    [InlineData("000.00.06.H56-231027-0361 ", IdentifierReason.WrongShape)]
    [InlineData("000.00.06.H56-231027-0000", IdentifierReason.ZeroSequence)]
    [InlineData("000.00.06.H56-231027-000000", IdentifierReason.ZeroSequence)]
    [InlineData("000.00.06.H56-231027-00361", IdentifierReason.SequenceNotCanonical)]
    [InlineData("000.00.06.H56-231027-000361", IdentifierReason.SequenceNotCanonical)]
    public void Parse_refuses_with_reason(string? text, IdentifierReason expected)
    {
        var parsed = DossierCode.Parse(text);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error.Reason);
    }

    [Theory]
    [InlineData("000.00.00.H49-240229-0001", 2024, 2, 29, 1)]
    [InlineData("000.31.02.H56-250701-12345", 2025, 7, 1, 12_345)]
    [InlineData("000.00.00.G22-991231-999999", 2099, 12, 31, 999_999)]
    public void Parse_accepts_leap_days_and_widened_sequences(string text, int year, int month, int day, int sequence)
    {
        var parsed = DossierCode.Parse(text);

        Assert.True(parsed.IsValid, parsed.ToString());
        Assert.Equal(new DateOnly(year, month, day), parsed.Value.Date);
        Assert.Equal(sequence, parsed.Value.Sequence);
        Assert.Equal(text, parsed.Value.Value);
    }
}
