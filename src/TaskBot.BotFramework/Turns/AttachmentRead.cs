using TaskBot.BotFramework.DirectLine;

namespace TaskBot.BotFramework.Turns;

/// <summary>An attachment's file as read, or null with whether it was refused for its size.</summary>
public sealed record AttachmentRead(DirectLineFile? File, bool TooLarge)
{
    public static readonly AttachmentRead Unreachable = new(null, false);
    public static readonly AttachmentRead Oversize = new(null, true);
}
