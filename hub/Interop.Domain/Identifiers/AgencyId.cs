namespace Interop.Domain.Identifiers;

/// <summary>
/// An agency electronic identifier (mã định danh điện tử; QCVN 102:2016/BTTTT, Thông tư 10/2016/TT-BTTTT as amended,
/// QĐ 20/2020/QĐ-TTg), written <c>V1V2V3.Z1Z2.Y1Y2.MX1X2</c>: level 1 is the rightmost part, a letter and two digits;
/// levels 2-4 are digits, all zeros where the agency sits higher up (<c>000.00.00.H49</c> is the provincial People's Committee itself).
/// </summary>
public sealed record AgencyId
{
    private AgencyId(string value, string[] written)
    {
        Value = value;
        Level4 = written[0];
        Level3 = written[1];
        Level2 = written[2];
        Level1 = written[3];
    }

    /// <summary>The identifier as written, e.g. <c>000.00.06.H56</c>.</summary>
    public string Value { get; }

    /// <summary>Level 1 (MX1X2), e.g. <c>H56</c>.</summary>
    public string Level1 { get; }

    /// <summary>Level 2 (Y1Y2), e.g. <c>06</c>; <c>00</c> when unused.</summary>
    public string Level2 { get; }

    /// <summary>Level 3 (Z1Z2); <c>00</c> when unused.</summary>
    public string Level3 { get; }

    /// <summary>Level 4 (V1V2V3); <c>000</c> when unused.</summary>
    public string Level4 { get; }

    /// <summary>The level-1 letter M, e.g. <c>H</c>.</summary>
    public char Level1Letter => Level1[0];

    /// <summary>What the level-1 letter says about the top-level body.</summary>
    public AgencyLevel1Kind Level1Kind => Level1Letter switch
    {
        'G' => AgencyLevel1Kind.CentralAgency,
        'H' => AgencyLevel1Kind.ProvincialPeoplesCommittee,
        _ => AgencyLevel1Kind.Unrecognised,
    };

    /// <summary>The deepest level that is not all zeros: 1 for <c>000.00.00.H49</c>, 2 for <c>000.00.06.H56</c>, 3 for <c>000.31.02.H56</c>.</summary>
    public int Depth => Level4 != "000" ? 4 : Level3 != "00" ? 3 : Level2 != "00" ? 2 : 1;

    /// <summary>Parses an agency e-ID. Case, spacing and separators are not normalised: the written form is the identifier.</summary>
    /// <param name="text">Untrusted input.</param>
    /// <returns>The identifier, or <see cref="IdentifierReason.Empty"/>, <see cref="IdentifierReason.LevelCount"/> or <see cref="IdentifierReason.LevelShape"/>.</returns>
    public static ParseResult<AgencyId> Parse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return Parsed.Fail<AgencyId>(IdentifierReason.Empty, "agency e-ID is empty");
        }

        var written = text.Split('.');
        if (written.Length != AgencyLevelShape.Written.Length)
        {
            return Parsed.Fail<AgencyId>(
                IdentifierReason.LevelCount,
                $"agency e-ID must have four dot-separated levels V1V2V3.Z1Z2.Y1Y2.MX1X2, found {written.Length}");
        }

        for (var i = 0; i < written.Length; i++)
        {
            if (AgencyLevelShape.Written[i].Problem(written[i]) is { } problem)
            {
                return Parsed.Fail<AgencyId>(IdentifierReason.LevelShape, $"agency e-ID {problem}");
            }
        }

        return Parsed.Ok(new AgencyId(text, written));
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
