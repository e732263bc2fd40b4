namespace Interop.Domain.Time;

/// <summary>
/// Local time of the standard: Asia/Ho_Chi_Minh, UTC+07:00 all year.
/// </summary>
/// <remarks>
/// A fixed offset, not a <see cref="TimeZoneInfo"/> lookup: Vietnam has kept +07:00 without daylight saving
/// since 1975, and a fixed offset keeps the arithmetic pure and identical on hosts without a tz database
/// (slim containers, invariant builds). Every instant this namespace returns carries this offset.
/// </remarks>
public static class VietnamTime
{
    /// <summary>The IANA zone the offset stands for; calendar files must name it.</summary>
    public const string ZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The offset of local time from UTC: +07:00.</summary>
    public static TimeSpan Offset { get; } = TimeSpan.FromHours(7);

    /// <summary>The same instant expressed in local time (offset +07:00).</summary>
    /// <param name="instant">Any instant.</param>
    public static DateTimeOffset ToLocal(DateTimeOffset instant) => instant.ToOffset(Offset);

    /// <summary>The local calendar date of an instant (what judging and statistics compare).</summary>
    /// <param name="instant">Any instant.</param>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The local clock time of an instant.</summary>
    /// <param name="instant">Any instant.</param>
    public static TimeOnly ClockOf(DateTimeOffset instant) => TimeOnly.FromDateTime(ToLocal(instant).DateTime);

    /// <summary>The instant at a local date and clock time.</summary>
    /// <param name="date">Local date.</param>
    /// <param name="clock">Local clock time.</param>
    public static DateTimeOffset At(DateOnly date, TimeOnly clock) => new(date.ToDateTime(clock), Offset);
}
