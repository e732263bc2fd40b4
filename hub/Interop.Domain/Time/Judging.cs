namespace Interop.Domain.Time;

/// <summary>The judging rules of the standard for dossiers and for steps of the control sheet.</summary>
public static class Judging
{
    // Indexed by the sign of (resolution date - appointment date) + 1.
    private static readonly Judgement[] ByDateComparison = [Judgement.Early, Judgement.OnTime, Judgement.Late];

    /// <summary>
    /// A resolved dossier: its local resolution date against the local date of its appointment. Earlier is
    /// early, the same date on time (even 23:59), later late.
    /// </summary>
    /// <param name="appointment">The appointment as moved by pauses; never the date of an apology slip.</param>
    /// <param name="resolvedAt">When the dossier was resolved.</param>
    public static Judgement Dossier(DateTimeOffset appointment, DateTimeOffset resolvedAt) =>
        ByDateComparison[Math.Sign(VietnamTime.DateOf(resolvedAt).CompareTo(VietnamTime.DateOf(appointment))) + 1];

    /// <summary>
    /// An open dossier: late once the local date of <paramref name="now"/> is past the appointment's date
    /// (it could still be resolved on time until that date ends); otherwise not judged yet.
    /// </summary>
    /// <param name="appointment">The appointment as moved by pauses.</param>
    /// <param name="now">The current instant, from the caller's <see cref="TimeProvider"/>.</param>
    public static Judgement? OpenDossier(DateTimeOffset appointment, DateTimeOffset now) =>
        VietnamTime.DateOf(now) > VietnamTime.DateOf(appointment) ? Judgement.Late : null;

    /// <summary>
    /// A completed step: late if completed after its deadline instant; early if completed on a local date
    /// before the deadline's date; otherwise on time.
    /// </summary>
    /// <param name="deadline">The step's deadline, as recorded when the step was handed over.</param>
    /// <param name="completedAt">When the step was completed.</param>
    public static Judgement Step(DateTimeOffset deadline, DateTimeOffset completedAt) =>
        completedAt > deadline ? Judgement.Late
        : VietnamTime.DateOf(completedAt) < VietnamTime.DateOf(deadline) ? Judgement.Early
        : Judgement.OnTime;

    /// <summary>An open step: late once <paramref name="now"/> is past its deadline instant; otherwise not judged yet.</summary>
    /// <param name="deadline">The step's deadline.</param>
    /// <param name="now">The current instant, from the caller's <see cref="TimeProvider"/>.</param>
    public static Judgement? OpenStep(DateTimeOffset deadline, DateTimeOffset now) =>
        now > deadline ? Judgement.Late : null;
}
