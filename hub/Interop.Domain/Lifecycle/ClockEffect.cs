namespace Interop.Domain.Lifecycle;

/// <summary>What a transition does to the dossier's legal clock ("clock" column of the table).</summary>
public enum ClockEffect
{
    /// <summary>Nothing.</summary>
    None,

    /// <summary>The clock has not started (filed, or a supplement before reception).</summary>
    NotStarted,

    /// <summary>The clock starts; the appointment is recorded in the event.</summary>
    Starts,

    /// <summary>The clock pauses.</summary>
    Pauses,

    /// <summary>The clock resumes; the appointment moves by the paused working time, recorded.</summary>
    Resumes,

    /// <summary>The clock stops.</summary>
    Stops,

    /// <summary>The clock stops and the dossier is judged.</summary>
    StopsAndJudges,

    /// <summary>The clock resumes against the same appointment (a recalled result).</summary>
    ResumesAgainstSameAppointment,

    /// <summary>A step deadline is recorded in the event.</summary>
    RecordsStepDeadline,

    /// <summary>The consulted agency's step is judged.</summary>
    JudgesStep,

    /// <summary>An apology's appointment is recorded; judgement keeps the earlier one.</summary>
    RecordsApology,
}
