namespace Interop.Adapters.Land;

/// <summary>The <c>Land</c> section of the adapter's configuration file.</summary>
public sealed record LandOptions
{
    /// <summary>The land system's base address.</summary>
    public required Uri Address { get; init; }

    public required string ClientId { get; init; }

    public required string ClientSecret { get; init; }

    /// <summary>The land office's agency at the hub (its electronic identifier).</summary>
    public required string AgencyId { get; init; }

    /// <summary>The legacy system's name in each event's provenance.</summary>
    public string SourceSystem { get; init; } = "land registration";

    /// <summary>The deadline of one call to the land system.</summary>
    public TimeSpan CallTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Attempts of one call before the failure is the answer.</summary>
    public int MaxAttempts { get; init; } = 8;

    /// <summary>How often the land system's feed is read.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>The land system's local time offset (+07:00).</summary>
    public TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(7);

    /// <summary>
    /// A time as the land system writes it (<c>dd/MM/yyyy HH:mm:ss</c>, local), as the instant an event
    /// claims: the end of that second, so that it is never earlier than an event the hub recorded within it.
    /// </summary>
    public DateTimeOffset? ClaimOf(string landTime)
        => DateTime.TryParseExact(landTime, "dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, UtcOffset).AddMilliseconds(999)
            : null;
}
