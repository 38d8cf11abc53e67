using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 帮助 / help: what TaskBot does, a menu of topics, and switching between Chinese and English. A topic chosen by
/// someone bound is done (我的任务 lists their tasks); someone not bound is told what it does.
/// </summary>
public sealed class HelpDialog : WaterfallDialog, IRoutedDialog
{
    private static readonly string[] Topics = ["myTasks", "report", "behind", "language"];
    private static readonly Dictionary<string, string> Dialogs = new()
    {
        ["myTasks"] = "myTasks", ["report"] = WhatToReportDialog.Name, ["behind"] = "behind",
    };

    public const string Name = "help";
    public override string Id => Name;
    public string Trigger => "help.start";
    public bool ForMembersOnly => false;

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps => [OfferTopicsAsync, ExplainTopicAsync];

    private static async Task<DialogTurnResult> OfferTopicsAsync(WaterfallStep step, CancellationToken cancellationToken)
    {
        var text = step.Context.Text;
        // Someone who just found the bot learns first how to become someone it knows, in the same message.
        var intro = text.Say("help.intro") + (step.Context.Viewer is null ? "\n\n" + text.Say("common.notBound") : "");
        await step.Context.SendAsync(BotFramework.Schema.Activity.CreateMessage(intro), cancellationToken);
        return await step.PromptAsync(ChoicePrompt.Name, new PromptOptions
        {
            Text = text.Say("help.choose"),
            Choices = [.. Topics.Select(t => new Choice(t, text.Say($"help.{t}Button")))],
        }, cancellationToken);
    }

    private static async Task<DialogTurnResult> ExplainTopicAsync(WaterfallStep step, CancellationToken cancellationToken)
    {
        var topic = step.Result?.GetValue<string>();
        if (topic == "language")
        {
            step.Context.UseLocale(step.Context.Text.Say("help.otherLocale"));
            await step.Context.SayAsync("help.languageSwitched", cancellationToken);
        }
        else if (topic is not null && step.Context.Viewer is not null)
        {
            // Someone bound is answered as the command itself would answer (their tasks, what they owe), not with an example.
            await step.EndAsync(cancellationToken);
            return await step.Context.BeginDialogAsync(Dialogs[topic], null, cancellationToken);
        }
        else if (topic is not null)
        {
            await step.Context.SayAsync($"help.{topic}", cancellationToken);
        }
        return await step.EndAsync(cancellationToken);
    }
}
