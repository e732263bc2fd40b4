using System.Globalization;
using System.Reflection;

namespace Interop.Domain.Time;

/// <summary>The calendars shipped inside this library (Data/calendars/, see Data/README.md for sources).</summary>
public static class EmbeddedCalendars
{
    /// <summary>Identifier of the state agencies' calendar (days off and swaps for civil servants).</summary>
    public const string VietnamCivilServiceId = "vn-civil-service";

    private const string ResourcePrefix = "Interop.Domain.Data.calendars.";

    private static readonly Lazy<WorkingCalendar> CivilService = new(() => Load(VietnamCivilServiceId));

    /// <summary>The civil-service calendar with every shipped year (2025 and 2026 at present).</summary>
    public static WorkingCalendar VietnamCivilService => CivilService.Value;

    /// <summary>Loads every shipped year of a calendar, from resources named <c>{calendarId}-{yyyy}.json</c>.</summary>
    /// <param name="calendarId">The calendar identifier, e.g. <see cref="VietnamCivilServiceId"/>.</param>
    /// <exception cref="ArgumentException">No year of that calendar is shipped.</exception>
    /// <exception cref="InvalidDataException">A shipped file is invalid (a packaging bug).</exception>
    public static WorkingCalendar Load(string calendarId)
    {
        ArgumentNullException.ThrowIfNull(calendarId);
        var assembly = typeof(EmbeddedCalendars).Assembly;
        var years = assembly.GetManifestResourceNames()
            .Where(name => IsYearFile(DottedName(name), calendarId))
            .Select(name => Read(assembly, name))
            .ToList();
        return years.Count == 0
            ? throw new ArgumentException($"No calendar '{calendarId}' is shipped in {assembly.GetName().Name}.", nameof(calendarId))
            : new WorkingCalendar(calendarId, years);
    }

    /// <summary>
    /// The resource name with folder separators as dots: the csproj's LogicalName uses %(RecursiveDir), which
    /// keeps the build machine's separator ("calendars/" on Linux, "calendars\" on Windows).
    /// </summary>
    internal static string DottedName(string resourceName) => resourceName.Replace('/', '.').Replace('\\', '.');

    private static bool IsYearFile(string resourceName, string calendarId)
    {
        var prefix = $"{ResourcePrefix}{calendarId}-";
        var rest = resourceName.StartsWith(prefix, StringComparison.Ordinal) ? resourceName[prefix.Length..] : "";
        return rest.Length == "yyyy.json".Length
            && rest.EndsWith(".json", StringComparison.Ordinal)
            && int.TryParse(rest.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }

    private static CalendarYear Read(Assembly assembly, string resourceName)
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidDataException($"Resource {resourceName} vanished.");
        return CalendarYearJson.Parse(stream);
    }
}
