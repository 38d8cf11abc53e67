using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;

namespace TaskBot.Tests.Dialogs;

/// <summary>A dialog for the tests of the prompts: a text, a number from 0 to 100, a yes or no.</summary>
public sealed class SurveyDialog : WaterfallDialog, IRoutedDialog
{
    public override string Id => "survey";
    public string Trigger => "survey.start";
    public bool ForMembersOnly => false;

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps =>
        [AskName, AskPercent, AskConfirm, Finish];

    private static Task<DialogTurnResult> AskName(WaterfallStep step, CancellationToken ct) =>
        step.PromptAsync(TextPrompt.Name, new PromptOptions { Text = step.Context.Text.Say("survey.name"), MaxLength = 20 }, ct);

    private static Task<DialogTurnResult> AskPercent(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result is null) return step.EndAsync(ct);
        step.Values["name"] = step.Result.DeepClone();
        return step.PromptAsync(NumberPrompt.Name, new PromptOptions { Text = step.Context.Text.Say("survey.percent"), Min = 0, Max = 100 }, ct);
    }

    private static Task<DialogTurnResult> AskConfirm(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result is null) return step.EndAsync(ct);
        step.Values["percent"] = step.Result.DeepClone();
        return step.PromptAsync(ConfirmPrompt.Name, new PromptOptions { Text = step.Context.Text.Say("survey.confirm") }, ct);
    }

    private static async Task<DialogTurnResult> Finish(WaterfallStep step, CancellationToken ct)
    {
        if (step.Result is null) return await step.EndAsync(ct);
        await step.Context.SayAsync("survey.done", ct, ("name", step.Values["name"]), ("percent", step.Values["percent"]),
            ("confirmed", step.Result));
        return await step.EndAsync(ct);
    }
}
