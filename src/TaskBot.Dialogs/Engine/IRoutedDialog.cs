namespace TaskBot.Dialogs.Engine;

/// <summary>
/// A dialog a user starts by saying something: <see cref="Trigger"/> names a phrase list in dialogs/ ("help.start").
/// The phrase's named groups ((?&lt;number&gt;\d+)) become the dialog's options.
/// </summary>
public interface IRoutedDialog
{
    string Trigger { get; }

    /// <summary>Only bound members may start it; others are told how to get a binding code.</summary>
    bool ForMembersOnly => true;

    /// <summary>Whether a message with files starts it whatever its words (a file sent in chat).</summary>
    bool StartsOnFiles => false;

    /// <summary>
    /// The phrases that, typed while another dialog waits for an answer, run this dialog instead (a menu open,
    /// a report half written); null when its phrases are too loose to be told from an answer.
    /// </summary>
    string? Command => Trigger;
}
