using CsCheck;
using Interop.Domain.Tests.Time.Oracle;

namespace Interop.Domain.Tests.Time;

/// <summary>Algebraic properties of the working-time arithmetic, at sub-minute precision.</summary>
public sealed class ArithmeticProperties
{
    private const int Iterations = 1500;

    // A random agency, two instants up to 30 days apart (in ticks, not whole minutes) and two working durations.
    private static readonly Gen<(Scenario Scenario, DateTimeOffset Early, DateTimeOffset Late, TimeSpan Short, TimeSpan Long)> Inputs =
        from scenario in ScenarioGen.Scenarios
        from jitter in Gen.Long[0, TimeSpan.TicksPerMinute - 1]
        from gap in Gen.Long[0, TimeSpan.TicksPerDay * 30]
        from durations in Gen.Long[0, TimeSpan.TicksPerHour * 80].Array[2]
        let early = Scenario.Utc(scenario.Received).AddTicks(jitter)
        select (scenario, early, early.AddTicks(gap), TimeSpan.FromTicks(durations.Min()), TimeSpan.FromTicks(durations.Max()));

    [Fact]
    public void Measuring_what_was_added_gives_back_the_working_time()
    {
        Inputs.Sample(input =>
        {
            var calculator = input.Scenario.Calculator();

            Assert.Equal(input.Long, calculator.Measure(input.Early, calculator.Add(input.Early, input.Long)));
        }, iter: Iterations);
    }

    [Fact]
    public void Adding_what_was_measured_reaches_the_last_working_instant_before_the_end()
    {
        Inputs.Sample(input =>
        {
            var calculator = input.Scenario.Calculator();

            var reached = calculator.Add(input.Early, calculator.Measure(input.Early, input.Late));

            Assert.True(reached <= input.Late);
            Assert.Equal(TimeSpan.Zero, calculator.Measure(reached, input.Late));
        }, iter: Iterations);
    }

    [Fact]
    public void Working_time_of_adjacent_spans_adds_up()
    {
        Inputs.Sample(input =>
        {
            var calculator = input.Scenario.Calculator();
            var middle = input.Early + (input.Late - input.Early) / 3;

            Assert.Equal(
                calculator.Measure(input.Early, input.Late),
                calculator.Measure(input.Early, middle) + calculator.Measure(middle, input.Late));
        }, iter: Iterations);
    }

    [Fact]
    public void Add_is_monotonic_in_the_start_and_in_the_duration()
    {
        Inputs.Sample(input =>
        {
            var calculator = input.Scenario.Calculator();

            Assert.True(calculator.Add(input.Early, input.Short) <= calculator.Add(input.Late, input.Short));
            Assert.True(calculator.Add(input.Early, input.Short) <= calculator.Add(input.Early, input.Long));
        }, iter: Iterations);
    }

    [Fact]
    public void Appointment_is_monotonic_in_the_receipt_time()
    {
        Inputs.Sample(input =>
        {
            var calculator = input.Scenario.Calculator();
            var limit = input.Scenario.Limit;

            Assert.True(calculator.Appoint(input.Early, limit).Due <= calculator.Appoint(input.Late, limit).Due);
        }, iter: Iterations);
    }

    [Fact]
    public void Counting_start_is_a_working_instant_never_before_the_receipt()
    {
        Inputs.Sample(input =>
        {
            var calculator = input.Scenario.Calculator();

            var start = calculator.CountingStart(input.Early);

            Assert.True(start >= input.Early);
            Assert.True(calculator.IsWorkingInstant(start));
        }, iter: Iterations);
    }
}
