using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Interop.Hub.Tests.Hosting;

/// <summary>
/// The logger provider of an in-process hub: every entry the hub's logging configuration lets through
/// (appsettings.json's levels, as for the console of a hub process) kept as a <see cref="LogRecord"/>.
/// </summary>
internal sealed class LogRecorder : ILoggerProvider
{
    private readonly ConcurrentQueue<LogRecord> records = new();

    public IReadOnlyCollection<LogRecord> Records => records;

    /// <summary>The entries as lines, in order.</summary>
    public IReadOnlyList<string> Lines => [.. records.Select(r => r.ToString())];

    /// <summary>The last entries as text, for a failure message.</summary>
    public string Tail(int count = 30) => string.Join('\n', Lines.TakeLast(count));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => recorder.records.Enqueue(new LogRecord(category, logLevel, eventId, formatter(state, exception), exception));
    }
}
