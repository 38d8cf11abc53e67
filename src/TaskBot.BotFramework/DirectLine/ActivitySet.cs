using TaskBot.BotFramework.Schema;

namespace TaskBot.BotFramework.DirectLine;

/// <summary>What Direct Line returns from polling and pushes over the stream.</summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark);
