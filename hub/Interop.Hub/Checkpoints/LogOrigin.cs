namespace Interop.Hub.Checkpoints;

/// <summary>The checkpoint origin line, which is also the hub key's signed-note name.</summary>
internal static class LogOrigin
{
    public const string DefaultPrefix = "interop-hub/";

    /// <summary><see cref="HubOptions.LogOrigin"/>, or "interop-hub/&lt;log id&gt;" when it is not set.</summary>
    public static string Of(HubOptions options, string logId)
        => string.IsNullOrEmpty(options.LogOrigin) ? DefaultPrefix + logId : options.LogOrigin;
}
