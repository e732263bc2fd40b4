namespace Interop.Hub.Identity;

/// <summary>
/// The development tokens in force: those mapped to a member id. A token mapped to an empty value is
/// switched off (configuration layers can override a value but not remove a key), so
/// <c>--Hub:DevelopmentTokens:dev-igate-gialai=</c> disables that token.
/// </summary>
internal static class DevelopmentTokens
{
    public static IReadOnlyDictionary<string, string> Active(HubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.DevelopmentTokens.Where(t => !string.IsNullOrWhiteSpace(t.Value)).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
    }
}
