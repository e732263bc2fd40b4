using Microsoft.Extensions.Logging;

namespace Interop.Hub.Tests.Hosting;

/// <summary>One entry of an in-process hub's log, as a test reads it.</summary>
internal sealed record LogRecord(string Category, LogLevel Level, EventId EventId, string Message, Exception? Exception)
{
    /// <summary>The entry as one line, as the console would show it (level, category, message, then the exception).</summary>
    public override string ToString()
        => $"{Level}: {Category}[{EventId.Id}] {Message}" + (Exception is null ? "" : "\n" + Exception);
}
