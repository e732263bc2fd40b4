namespace Interop.Domain.Time;

/// <summary>A procedure's time limit: an amount and a unit.</summary>
/// <remarks>
/// Working amounts may be fractional (catalogues state "0,5 ngày làm việc") but must come to whole working
/// minutes; calendar days are whole. The cap keeps date arithmetic far from <see cref="DateOnly.MaxValue"/>.
/// </remarks>
public sealed record TimeLimit
{
    /// <summary>One working day is 8 working hours, whatever the length of an agency's office day.</summary>
    public const int HoursPerWorkingDay = 8;

    /// <summary>The largest amount of any unit.</summary>
    public const decimal MaxAmount = 36_500m;

    /// <summary>A limit of <paramref name="amount"/> <paramref name="unit"/>.</summary>
    /// <param name="amount">Positive; whole for calendar days; whole working minutes for working units.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="ArgumentOutOfRangeException">The amount or unit breaks the rules above.</exception>
    public TimeLimit(decimal amount, LimitUnit unit)
    {
        if (!Enum.IsDefined(unit))
        {
            throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown limit unit.");
        }

        var granule = unit switch
        {
            LimitUnit.WorkingDays => 60m * HoursPerWorkingDay,
            LimitUnit.WorkingHours => 60m,
            _ => 1m,
        };
        // Rounded far below a minute: a limit stated in working minutes arrives as hours (10 / 60), which decimal cannot hold exactly.
        var minutes = decimal.Round(amount * granule, 20);
        if (amount <= 0 || amount > MaxAmount || decimal.Truncate(minutes) != minutes)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"A {unit} limit must be positive, at most {MaxAmount}, and come to whole {(unit == LimitUnit.CalendarDays ? "days" : "minutes")}.");
        }

        Amount = amount;
        Unit = unit;
    }

    /// <summary>The amount, in <see cref="Unit"/>.</summary>
    public decimal Amount { get; }

    /// <summary>The unit.</summary>
    public LimitUnit Unit { get; }

    /// <summary>The working time a working-unit limit stands for.</summary>
    /// <exception cref="InvalidOperationException">The limit is in calendar days.</exception>
    public TimeSpan WorkingTime => Unit switch
    {
        LimitUnit.WorkingDays => TimeSpan.FromMinutes((long)decimal.Round(Amount * 60 * HoursPerWorkingDay)),
        LimitUnit.WorkingHours => TimeSpan.FromMinutes((long)decimal.Round(Amount * 60)),
        _ => throw new InvalidOperationException("A calendar-day limit is not an amount of working time."),
    };

    /// <summary>A limit in working days.</summary>
    /// <param name="amount">Number of working days.</param>
    public static TimeLimit WorkingDays(decimal amount) => new(amount, LimitUnit.WorkingDays);

    /// <summary>A limit in working hours.</summary>
    /// <param name="amount">Number of working hours.</param>
    public static TimeLimit WorkingHours(decimal amount) => new(amount, LimitUnit.WorkingHours);

    /// <summary>A limit in calendar days.</summary>
    /// <param name="amount">Number of calendar days.</param>
    public static TimeLimit CalendarDays(int amount) => new(amount, LimitUnit.CalendarDays);
}
