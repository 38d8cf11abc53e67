using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Domain.People;
using TaskBot.Domain.Supervision;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 解除绑定 张三 / revoke 张三 (the office): after a yes, the person is no longer bound on any channel and gets no more
/// reminders. Two people of that name: the office picks one.
/// </summary>
public sealed class RevokeBindingDialog(IPeopleStore people, IPlanReader plans) : WaterfallDialog, IRoutedDialog
{
    private sealed record Pending(IReadOnlyList<int> MemberIds, string Who);

    public override string Id => "revoke";
    public string Trigger => "revoke.start";

    protected override IReadOnlyList<Func<WaterfallStep, CancellationToken, Task<DialogTurnResult>>> Steps => [FindAsync, ConfirmAsync, RevokeAsync];

    private async Task<DialogTurnResult> FindAsync(WaterfallStep step, CancellationToken ct)
    {
        var dc = step.Context;
        if (dc.Viewer!.Member.Role != MemberRole.Office) return await step.SayAndEndAsync("office.only", ct);
        var name = step.Options?["name"]?.GetValue<string>().Trim() ?? "";
        // The words of a message are matched lower-cased: Zhang San is said as zhang san.
        var named = BoundPerson.Of(await people.MembersAsync(ct)).Where(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (named.Count == 0) return await step.SayAndEndAsync("revoke.unknown", ct, ("name", Words.Markdown.Literal(name)));
        if (named.Count == 1) return await step.NextAsync(named[0].Bindings[0].Id);
        var names = await PersonText.LoadAsync(plans, named, ct);
        var choices = named.Select(p =>
            new Choice(p.Bindings[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture), names.Who(dc.Text, p))).ToList();
        return await step.PromptAsync(ChoicePrompt.Name,
            new PromptOptions { Text = dc.Text.Say("revoke.which", ("name", Words.Markdown.Literal(name))), Choices = choices }, ct);
    }

    private async Task<DialogTurnResult> ConfirmAsync(WaterfallStep step, CancellationToken ct)
    {
        var id = int.TryParse(step.Result?.ToString(), out var n) ? n : (int?)null;
        var person = BoundPerson.Of(await people.MembersAsync(ct)).FirstOrDefault(p => p.Bindings.Any(b => b.Id == id));
        if (person is null) return await step.SayAndEndAsync("revoke.kept", ct);
        var who = (await PersonText.LoadAsync(plans, [person], ct)).Who(step.Context.Text, person);
        step.Values["pending"] = JsonSerializer.SerializeToNode(new Pending([.. person.Bindings.Select(b => b.Id)], who), DialogJson.Options);
        return await step.PromptAsync(ConfirmPrompt.Name, new PromptOptions { Text = step.Context.Text.Say("revoke.confirm", ("who", who)) }, ct);
    }

    private async Task<DialogTurnResult> RevokeAsync(WaterfallStep step, CancellationToken ct)
    {
        var pending = step.Values["pending"].Deserialize<Pending>(DialogJson.Options)!;
        if (step.Result?.GetValue<bool>() != true || step.Context.Viewer?.Member.Role != MemberRole.Office)
            return await step.SayAndEndAsync("revoke.kept", ct);
        await people.RevokeAsync(pending.MemberIds, ct);
        return await step.SayAndEndAsync("revoke.done", ct, ("who", pending.Who));
    }
}
