namespace Interop.Adapters.FileDrop.Format;

/// <summary>The desk software's own status codes (column <c>TrangThai</c>), as it writes them.</summary>
public enum DeskStatus
{
    /// <summary>1 "Mới tiếp nhận": received at the desk.</summary>
    Received = 1,

    /// <summary>2 "Đang giải quyết": being processed.</summary>
    Processing = 2,

    /// <summary>3 "Chuyển liên thông": handed over to another agency.</summary>
    HandedOver = 3,

    /// <summary>4 "Chờ bổ sung": waiting for the citizen's supplement.</summary>
    AwaitingSupplement = 4,

    /// <summary>5 "Đã bổ sung": supplemented.</summary>
    Supplemented = 5,

    /// <summary>6 "Có kết quả": the result is ready at the desk.</summary>
    ResultReady = 6,

    /// <summary>7 "Đã trả kết quả": the result was handed to the citizen.</summary>
    Returned = 7,

    /// <summary>8 "Từ chối": refused.</summary>
    Refused = 8,

    /// <summary>9 "Rút hồ sơ": withdrawn by the citizen.</summary>
    Withdrawn = 9,
}
