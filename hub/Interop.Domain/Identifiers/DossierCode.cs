using System.Globalization;

namespace Interop.Domain.Identifiers;

/// <summary>
/// A national dossier code (mã hồ sơ, Thông tư 01/2018/TT-VPCP art. 19): <c>&lt;receiving agency e-ID&gt;-YYMMDD-NNNN</c>,
/// the sequence counted per agency per local day, four digits widening past 9999. Parsing is in <c>DossierCode.Parse.cs</c>.
/// </summary>
public sealed partial record DossierCode
{
    /// <summary>The largest sequence a code can carry: parsers accept at most six digits.</summary>
    public const int MaxSequence = 999_999;

    private DossierCode(AgencyId agency, DateOnly date, int sequence)
    {
        Agency = agency;
        Date = date;
        Sequence = sequence;
        Value = string.Create(
            CultureInfo.InvariantCulture,
            $"{agency.Value}-{date.Year % 100:D2}{date.Month:D2}{date.Day:D2}-{sequence:D4}");
    }

    /// <summary>The receiving agency's electronic identifier.</summary>
    public AgencyId Agency { get; }

    /// <summary>The local date (Asia/Ho_Chi_Minh) of receipt; YY is read as 20YY.</summary>
    public DateOnly Date { get; }

    /// <summary>The sequence within the agency's day, from 1.</summary>
    public int Sequence { get; }

    /// <summary>The code as written, e.g. <c>000.00.06.H56-231027-0361</c>.</summary>
    public string Value { get; }

    /// <summary>Issues the code for a sequence the caller has already allocated. Bad arguments are the caller's bug, so they throw.</summary>
    /// <param name="agency">The receiving agency.</param>
    /// <param name="localDate">The local date of receipt, 2000-01-01 to 2099-12-31 (YY is two digits).</param>
    /// <param name="sequence">1 to <see cref="MaxSequence"/>; padded to four digits, wider past 9999.</param>
    /// <returns>The code, whose <see cref="Value"/> parses back to the same agency, date and sequence.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date or sequence cannot be written in a code.</exception>
    public static DossierCode Create(AgencyId agency, DateOnly localDate, int sequence)
    {
        ArgumentNullException.ThrowIfNull(agency);
        ArgumentOutOfRangeException.ThrowIfLessThan(localDate.Year, 2000, nameof(localDate));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(localDate.Year, 2099, nameof(localDate));
        ArgumentOutOfRangeException.ThrowIfLessThan(sequence, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sequence, MaxSequence);
        return new DossierCode(agency, localDate, sequence);
    }

    /// <inheritdoc/>
    public override string ToString() => Value;
}
