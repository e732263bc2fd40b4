using CsCheck;
using Interop.Domain.Tests.Time.Oracle;
using Interop.Domain.Time;

namespace Interop.Domain.Tests.Time;

/// <summary>The library against the minute-by-minute oracle, over random agencies and dossiers.</summary>
public sealed class OracleProperties
{
    private const int Iterations = 1500;

    [Fact]
    public void Appointment_matches_the_minute_by_minute_oracle()
    {
        ScenarioGen.Scenarios.Sample(scenario =>
        {
            var oracle = new MinuteOracle(scenario);
            var appointment = scenario.Calculator().Appoint(Scenario.Utc(scenario.Received), scenario.Limit);

            var expected = oracle.Appointment();
            Assert.Equal(new DateTimeOffset(oracle.CountingStart(scenario.Received), TimeSpan.FromHours(7)), appointment.CountingStart);
            Assert.Equal(new DateTimeOffset(expected, TimeSpan.FromHours(7)), appointment.Due);
            Assert.Equal(TimeSpan.FromHours(7), appointment.Due.Offset);
            var covered = Enumerable.Range(scenario.Received.Year, expected.Year - scenario.Received.Year + 1).All(oracle.IsCovered);
            Assert.Equal(covered ? CalendarCoverage.Complete : CalendarCoverage.WeeklyRestDaysOnly, appointment.CalendarUse.Coverage);
        }, iter: Iterations);
    }

    [Fact]
    public void Pause_moves_the_appointment_as_the_minute_by_minute_oracle_does()
    {
        ScenarioGen.Scenarios.Sample(scenario =>
        {
            var oracle = new MinuteOracle(scenario);
            var calculator = scenario.Calculator();
            var appointment = calculator.Appoint(Scenario.Utc(scenario.Received), scenario.Limit);

            var moved = calculator.MoveByPause(appointment, Scenario.Utc(scenario.PauseStart), Scenario.Utc(scenario.PauseEnd));

            var pausedMinutes = oracle.WorkingMinutesBetween(scenario.PauseStart, scenario.PauseEnd);
            Assert.Equal(TimeSpan.FromMinutes(pausedMinutes), moved.PausedWorkingTime);
            var expected = oracle.AddWorkingMinutes(oracle.Appointment(), pausedMinutes);
            Assert.Equal(new DateTimeOffset(expected, TimeSpan.FromHours(7)), moved.Due);
        }, iter: Iterations);
    }

    [Fact]
    public void Paused_working_limit_equals_a_limit_extended_by_the_pause()
    {
        ScenarioGen.Scenarios.Where(s => s.Unit != LimitUnit.CalendarDays).Sample(scenario =>
        {
            var oracle = new MinuteOracle(scenario);
            var calculator = scenario.Calculator();
            var appointment = calculator.Appoint(Scenario.Utc(scenario.Received), scenario.Limit);

            var moved = calculator.MoveByPause(appointment, Scenario.Utc(scenario.PauseStart), Scenario.Utc(scenario.PauseEnd));

            var total = (long)scenario.Limit.WorkingTime.TotalMinutes + oracle.WorkingMinutesBetween(scenario.PauseStart, scenario.PauseEnd);
            var expected = oracle.AddWorkingMinutes(oracle.CountingStart(scenario.Received), total);
            Assert.Equal(new DateTimeOffset(expected, TimeSpan.FromHours(7)), moved.Due);
        }, iter: Iterations / 2);
    }
}
