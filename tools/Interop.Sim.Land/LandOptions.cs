namespace Interop.Sim.Land;

/// <summary>The simulator's settings (<c>--Land:…</c>).</summary>
public sealed record LandOptions
{
    /// <summary>Its database file.</summary>
    public string Db { get; init; } = "land.db";

    public string ClientId { get; init; } = "interop";

    public string ClientSecret { get; init; } = "bi-mat";

    /// <summary>How long a token lives, in seconds.</summary>
    public int TokenLifetime { get; init; } = 300;

    /// <summary>The largest page it serves, whatever is asked.</summary>
    public int MaxPageSize { get; init; } = 20;

    public LandFaults Faults { get; init; } = new();
}

/// <summary>The faults switched on for a run: each a share of the calls to <c>/api</c>.</summary>
public sealed record LandFaults
{
    /// <summary>Added to every call.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Answered 500 or 503 without doing anything.</summary>
    public double ErrorRate { get; init; }

    /// <summary>Done, then held <see cref="TimeoutSeconds"/> and answered 504: the caller gives up first and cannot know the work was done.</summary>
    public double TimeoutRate { get; init; }

    public int TimeoutSeconds { get; init; } = 30;

    /// <summary>A transfer that makes two records.</summary>
    public double DuplicateRate { get; init; }

    /// <summary>A report whose time is not a date.</summary>
    public double MalformedRate { get; init; }

    public int Seed { get; init; } = 20251202;
}
