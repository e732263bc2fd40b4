namespace Interop.Domain.Time;

/// <summary>How a dossier or a step finished against its time (trước hạn / đúng hạn / quá hạn).</summary>
public enum Judgement
{
    /// <summary>Trước hạn: before the appointment's or deadline's local date.</summary>
    Early,

    /// <summary>Đúng hạn.</summary>
    OnTime,

    /// <summary>Quá hạn.</summary>
    Late,
}
