namespace TaskBot.Dialogs.Engine;

/// <summary>A conversation's persisted state: the dialog stack, whose it is, and the language the user chose.</summary>
public sealed class DialogState
{
    public List<DialogInstance> Stack { get; set; } = [];
    public string? Locale { get; set; }

    /// <summary>The channel user who started the dialogs on the stack: in a group, only they answer them.</summary>
    public string? OwnerId { get; set; }

    /// <summary>How the owner is named to the others in the conversation.</summary>
    public string? OwnerName { get; set; }

    /// <summary>A stack put aside by a command or by answers not understood (a report being written), to be taken up again.</summary>
    public List<DialogInstance>? Suspended { get; set; }

    /// <summary>Who the suspended stack belongs to: in a group, only they are offered it and take it up.</summary>
    public string? SuspendedOwnerId { get; set; }

    /// <summary>The task buttons the last answer offered (哪一项？): the very next message, a task's number typed
    /// instead of pressing its button, sends what the button sends.</summary>
    public TaskButtons? TaskButtons { get; set; }
}

/// <param name="UserId">Whom they were offered to: in a group, only their number picks one.</param>
/// <param name="Sends">Task number → what its button sends.</param>
public sealed record TaskButtons(string UserId, Dictionary<int, string> Sends);
