namespace TaskBot.Domain.Loop;

/// <summary>Whether an answer says there is nothing (无, 没有, none), in any of the bot's languages.</summary>
public interface INoneAnswer
{
    bool IsNone(string? text);
}
