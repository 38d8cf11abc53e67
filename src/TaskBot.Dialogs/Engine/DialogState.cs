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
}
