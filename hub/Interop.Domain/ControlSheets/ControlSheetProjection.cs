using Interop.Protos.Audit.V1;
using Interop.Protos.Dossier.V1;

namespace Interop.Domain.ControlSheets;

/// <summary>
/// The control sheet of a dossier (Phiếu kiểm soát quá trình giải quyết hồ sơ, TT 01/2018/TT-VPCP Mẫu 02):
/// a projection of its events, never stored (DESIGN.md §3 "The control sheet").
/// </summary>
public static class ControlSheetProjection
{
    /// <summary>
    /// Projects a dossier's events onto its control sheet: one row for the receiving desk, one per hand-over
    /// offer (accepted, pending, returned or recalled) and one per consultation, in order of their start.
    /// </summary>
    /// <remarks>
    /// Uses the events' claimed times and only values recorded in events (appointments, deadlines); it never
    /// reads reference data, so a later calendar correction cannot change a sheet.
    /// </remarks>
    /// <param name="events">The events of one dossier, ordered by sequence.</param>
    /// <param name="now">
    /// The current instant, from the caller's <see cref="TimeProvider"/>: judges what is still open.
    /// </param>
    /// <returns>The sheet; without a <c>received</c> event it has no rows and no judgement.</returns>
    /// <exception cref="ArgumentException">
    /// The sequences are not increasing, or an event has no claimed time.
    /// </exception>
    public static ControlSheet Project(IReadOnlyList<EventBody> events, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(events);
        var log = new EventLog(events);
        var course = DossierCourse.Of(log, now);
        var sheet = new ControlSheet
        {
            DossierId = events.Count > 0 ? events[0].DossierId : "",
            Result = TimelinessOf.Judged(course.Judgement),
        };
        if (course.Reception is { } reception)
        {
            sheet.NationalCode = reception.Received.NationalCode;
            sheet.ReceivedTime = reception.ClaimedTime.Clone();
        }
        if (course.Appointment is { } appointment)
        {
            sheet.Appointment = appointment.Clone();
        }
        sheet.Rows.AddRange(StepRows.Of(log, AgencyNames.From(events), course.OpenStepsJudgedAt));
        return sheet;
    }
}
