namespace TaskBot.Words;

/// <summary>
/// How much one message holds, wherever a list could grow with the plan. Teams refuses an activity over about
/// 28 KB and shows only a handful of buttons; a unit with thousands of tasks gets the first of them, a count of
/// the rest, and the command that pages through them.
/// </summary>
public static class MessageLimits
{
    /// <summary>Lines of tasks in one message (about 100 characters each).</summary>
    public const int TaskLines = 20;

    /// <summary>Task numbers ("#11") in one sentence.</summary>
    public const int TaskNumbers = 20;

    /// <summary>Buttons under one message.</summary>
    public const int Buttons = 6;
}
