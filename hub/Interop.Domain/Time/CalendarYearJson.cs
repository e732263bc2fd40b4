using System.Globalization;
using System.Text.Json;

namespace Interop.Domain.Time;

/// <summary>
/// Reads a calendar year from the shared JSON format (Data/calendars/*.json): <c>calendar</c>, <c>year</c>,
/// <c>time_zone</c>, <c>weekly_rest_days</c>, <c>days_off</c>, <c>working_days_on_weekends</c>,
/// <c>unverified</c>, <c>sources</c>; rows carry <c>date</c>, <c>name</c>, <c>status</c>, <c>basis</c>.
/// </summary>
public static class CalendarYearJson
{
    private static readonly Dictionary<string, CalendarEntryStatus> Statuses = new(StringComparer.Ordinal)
    {
        ["statutory"] = CalendarEntryStatus.Statutory,
        ["announced"] = CalendarEntryStatus.Announced,
        ["provisional"] = CalendarEntryStatus.Provisional,
    };

    private static readonly Dictionary<string, DayOfWeek> Days =
        Enum.GetValues<DayOfWeek>().ToDictionary(d => d.ToString(), StringComparer.Ordinal);

    /// <summary>Parses one calendar year from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <exception cref="InvalidDataException">The JSON is malformed, a field is missing or of the wrong kind,
    /// the time zone is not <see cref="VietnamTime.ZoneId"/>, or the data breaks a <see cref="CalendarYear"/> rule.</exception>
    public static CalendarYear Parse(ReadOnlyMemory<byte> utf8Json)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8Json);
            return Read(document.RootElement);
        }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"Not a valid calendar file: {e.Message}", e);
        }
    }

    /// <summary>Parses one calendar year from a stream of UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's content; read to its end, not disposed.</param>
    /// <exception cref="InvalidDataException">As for <see cref="Parse(ReadOnlyMemory{byte})"/>.</exception>
    public static CalendarYear Parse(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        utf8Json.CopyTo(buffer);
        return Parse(buffer.ToArray());
    }

    private static CalendarYear Read(JsonElement root)
    {
        var zone = Text(root, "time_zone");
        if (zone != VietnamTime.ZoneId)
        {
            throw new FormatException($"time_zone '{zone}' is not supported; only {VietnamTime.ZoneId} is.");
        }

        return new CalendarYear(
            Text(root, "calendar"),
            Field(root, "year").GetInt32(),
            Strings(root, "weekly_rest_days", required: true).Select(d => Lookup(Days, d, "weekly_rest_days")),
            Rows(root, "days_off", required: true),
            Rows(root, "working_days_on_weekends"),
            Strings(root, "unverified"),
            Strings(root, "sources"));
    }

    private static List<CalendarEntry> Rows(JsonElement root, string name, bool required = false) =>
        Array(root, name, required).Select(row => new CalendarEntry(
            DateOnly.ParseExact(Text(row, "date"), "yyyy-MM-dd", CultureInfo.InvariantCulture),
            Text(row, "name"),
            Lookup(Statuses, Text(row, "status"), "status"),
            Text(row, "basis"))).ToList();

    private static List<string> Strings(JsonElement root, string name, bool required = false) =>
        Array(root, name, required).Select(e => e.GetString() ?? throw new FormatException($"'{name}' must hold strings.")).ToList();

    // A missing optional list reads as empty; a present one must be an array.
    private static JsonElement[] Array(JsonElement root, string name, bool required) =>
        required || root.TryGetProperty(name, out _) ? [.. Field(root, name).EnumerateArray()] : [];

    private static string Text(JsonElement parent, string name) =>
        Field(parent, name).GetString() ?? throw new FormatException($"'{name}' must be a string.");

    private static JsonElement Field(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value : throw new FormatException($"'{name}' is missing.");

    private static T Lookup<T>(Dictionary<string, T> table, string key, string name) =>
        table.TryGetValue(key, out var value)
            ? value
            : throw new FormatException($"'{key}' is not a valid {name}; expected one of {string.Join(", ", table.Keys)}.");
}
