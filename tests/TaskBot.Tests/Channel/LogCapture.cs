using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace TaskBot.Tests.Channel;

/// <summary>Keeps what the server logs at Warning or above, so a test can check that a failure's cause was logged.</summary>
public sealed class LogCapture : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    public void Dispose() { }

    private sealed class Logger(LogCapture capture) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) capture.Entries.Enqueue((logLevel, formatter(state, exception), exception));
        }
    }
}
