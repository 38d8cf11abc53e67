using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>解绑 / unbind: after a yes, the chat user is no longer anyone's reporter; a no keeps the binding.</summary>
public sealed class UnbindDialog(IPeopleStore people) : WaterfallDialog, IRoutedDialog
{
    public override string Id => "unbind";
    public string Trigger => "unbind.start";

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps => [AskAsync, UnbindAsync];

    private static Task<DialogTurnResult> AskAsync(WaterfallStep step, CancellationToken ct) =>
        step.PromptAsync(ConfirmPrompt.Name, new PromptOptions { Text = step.Context.Text.Say("unbind.confirm") }, ct);

    private async Task<DialogTurnResult> UnbindAsync(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result?.GetValue<bool>() != true) return await step.SayAndEndAsync("unbind.kept", ct);
        var a = step.Context.Turn.Activity;
        await people.UnbindAsync(a.ChannelId!, a.From!.Id!, ct);
        return await step.SayAndEndAsync("unbind.done", ct);
    }
}
