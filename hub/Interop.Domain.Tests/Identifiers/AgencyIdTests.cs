using Interop.Domain.Identifiers;

namespace Interop.Domain.Tests.Identifiers;

public sealed class AgencyIdTests
{
    [Theory]
    [InlineData("000.00.00.H49", "H49", "00", "00", "000", 1)]
    [InlineData("000.00.06.H56", "H56", "06", "00", "000", 2)]
    [InlineData("000.31.02.H56", "H56", "02", "31", "000", 3)]
    [InlineData("123.31.02.H56", "H56", "02", "31", "123", 4)]
    public void Parse_splits_the_four_levels_right_to_left(string text, string level1, string level2, string level3, string level4, int depth)
    {
        var id = AgencyId.Parse(text).Value!;

        Assert.Equal((level1, level2, level3, level4, depth), (id.Level1, id.Level2, id.Level3, id.Level4, id.Depth));
        Assert.Equal(text, id.ToString());
    }

    [Theory]
    [InlineData("000.00.00.H49", AgencyLevel1Kind.ProvincialPeoplesCommittee)]
    [InlineData("000.00.00.G22", AgencyLevel1Kind.CentralAgency)]
    [InlineData("000.00.18.G12", AgencyLevel1Kind.CentralAgency)]
    [InlineData("000.00.00.A01", AgencyLevel1Kind.Unrecognised)]
    public void Level1Kind_reads_the_level_1_letter(string text, AgencyLevel1Kind expected)
    {
        Assert.Equal(expected, AgencyId.Parse(text).Value!.Level1Kind);
    }

    [Theory]
    [InlineData(null, IdentifierReason.Empty)]
    [InlineData("", IdentifierReason.Empty)]
    [InlineData("H21.129", IdentifierReason.LevelCount)]
    [InlineData("H49", IdentifierReason.LevelCount)]
    [InlineData("000.00.00.00.H49", IdentifierReason.LevelCount)]
    [InlineData("000.00.00.H49.", IdentifierReason.LevelCount)]
    [InlineData("000.00.00.h49", IdentifierReason.LevelShape)]
    [InlineData("000.00.00.HH9", IdentifierReason.LevelShape)]
    [InlineData("000.00.00.H4", IdentifierReason.LevelShape)]
    [InlineData("000.00.00.Đ49", IdentifierReason.LevelShape)]
    [InlineData("000.00.0A.H49", IdentifierReason.LevelShape)]
    [InlineData("000.0.00.H49", IdentifierReason.LevelShape)]
    [InlineData("0000.00.00.H49", IdentifierReason.LevelShape)]
    [InlineData("000.00..H49", IdentifierReason.LevelShape)]
    [InlineData("000.00.00. H49", IdentifierReason.LevelShape)]
    [InlineData("000.00.00.H٤٩", IdentifierReason.LevelShape)]
    public void Parse_refuses_with_reason(string? text, IdentifierReason expected)
    {
        var parsed = AgencyId.Parse(text);

        Assert.False(parsed.IsValid);
        Assert.Equal(expected, parsed.Error.Reason);
    }
}
