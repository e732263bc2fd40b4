namespace Interop.Domain.Decisions;

/// <summary>
/// A draft's request for a hub-issued national code (STANDARD.md ID-2): the next number of the
/// receiving agency's sequence for the local date of reception. The hub assigns the number and calls
/// <see cref="EventDraft.AssignNationalCode"/> before it seals the event.
/// </summary>
/// <param name="AgencyId">The receiving agency, whose e-ID the code carries.</param>
/// <param name="LocalDate">The local date of reception (Asia/Ho_Chi_Minh).</param>
public sealed record NationalCodeRequest(string AgencyId, DateOnly LocalDate);
