using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time;

/// <summary>Shorthands for the examples: local instants and the civil-service calculator.</summary>
internal static class Vn
{
    public static readonly WorkingTimeCalculator Civil = new(EmbeddedCalendars.VietnamCivilService, OfficeHours.Default);

    public static DateTimeOffset At(int year, int month, int day, int hour, int minute = 0) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(7));

    public static WorkingTimeCalculator CivilWithCutOff(int hour) =>
        new(EmbeddedCalendars.VietnamCivilService, OfficeHours.Default.WithCutOff(new TimeOnly(hour, 0)));
}
