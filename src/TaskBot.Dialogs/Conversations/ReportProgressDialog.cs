using System.Text.Json;
using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Dialogs.Engine;
using TaskBot.Dialogs.Prompts;
using TaskBot.Dialogs.Reports;
using TaskBot.Domain.People;
using TaskBot.Domain.Reports;
using TaskBot.Domain.Supervision;
using TaskBot.Words;

namespace TaskBot.Dialogs.Conversations;

/// <summary>
/// 汇报 11 / report 11: fills a <see cref="ReportDraft"/> — from the unit's last report, from a whole report in one
/// message, from a card, or question by question for what is still missing — reads it back, takes corrections field
/// by field, and on 是 saves it as the unit's report on the task for the current period. A draft put aside (a command
/// typed meanwhile, answers not understood) is kept and offered back.
/// </summary>
public sealed class ReportProgressDialog(Lazy<TaskSupervision> supervision, Lazy<Evidence.EvidenceIntake> evidence) : Dialog, IRoutedDialog
{
    private const string StateKey = "report";
    private const int MaxMisunderstood = 3;
    private const string SameAsKey = "sameAs";
    private const string SameForKey = "sameFor";

    public const string Name = "report";
    public override string Id => Name;
    public string Trigger => "report.start";
    public string? Command => "report.command";

    public override async Task<DialogTurnResult> BeginAsync(DialogContext dc, JsonNode? options, CancellationToken cancellationToken)
    {
        var said = TaskNumber.From(options)!;
        var progress = await supervision.Value.ProgressAsync(cancellationToken);
        if (said.Candidates(progress, dc.Text, dc.Viewer!.Sees) is { Count: > 1 } candidates)
            return await TaskNumber.AskWhichAsync(dc, progress!, candidates, "report.listButton", cancellationToken);
        var task = said.In(progress, dc.Text, dc.Viewer!.Sees);
        var viewer = dc.Viewer!;
        if (task is null || !viewer.MayReportOn(task))
        {
            if (task is null || !viewer.Sees(task) || viewer.Member.Role == MemberRole.UnitReporter)
                return await dc.SayAndEndAsync("tasks.noSuchTask", cancellationToken, ("number", said.Said));
            await dc.EndDialogAsync(null, cancellationToken);
            return await dc.BeginDialogAsync(TaskDetailDialog.Name, options, cancellationToken);
        }
        var body = options?["body"]?.GetValue<string>();
        var remark = options?["remark"]?.GetValue<string>();
        if (body is null && remark is null && TakeSuspended(dc, task) is { } kept)
        {
            await dc.SayAsync("report.resumed", cancellationToken, ("number", task.Number));
            // Files may have come for it while it was put aside (a photo captioned 汇报 11).
            var files = await evidence.Value.WaitingAsync(viewer, task, cancellationToken);
            return await AskAsync(dc, kept with { Evidence = files }, cancellationToken);
        }
        var last = progress!.LatestBy(task, viewer.Unit!.Id);
        var same = options?[SameAsKey]?.Deserialize<ReportDraft>(DialogJson.Options);
        string? sameAsLast = null;
        if (options?["same"] is not null && same is null)
        {
            if (supervision.Value.LastReportedNow(progress, viewer, task) is not { } earlier)
                return await dc.SayAndEndAsync("report.sameAsNothing", cancellationToken, ("number", task.Number));
            same = ReportDraft.Like(earlier.Task.Number, earlier.Report.Content);
            sameAsLast = dc.Text.Say("report.sameAsLast", ("number", task.Number), ("other", earlier.Task.Number));
        }
        var draft = same is not null ? SameAs(same, task.Number)
            : last is null ? new ReportDraft(task.Number) : ReportDraft.From(task.Number, last.Content);
        // A supporting unit's report is its input, not the task's: the task's completion is not asked of it (基层减负), though
        // it may give its own.
        if (!viewer.LeadsTask(task) && draft.Completion is null) draft = draft.WithNoCompletion(FieldSource.NotOwed);
        var state = new ReportState(draft, TaskText.Title(task), [.. TaskTarget.FindAll(task.Text).Select(t => t.Label)])
        {
            LastPeriod = last?.PeriodKey,
            LastIsThisPeriod = last is not null && supervision.Value.ReportedNow(progress, task, viewer.Unit.Id),
            ListId = task.PlanId,
            // Files sent before the report began go with it when saved: the read-back counts them (sent with 汇报 N too).
            Evidence = await evidence.Value.WaitingAsync(viewer, task, cancellationToken),
            SameFor = options?[SameForKey]?.Deserialize<List<int>>() ?? [],
        };
        if (same is not null) return await AskAsync(dc, state.Next(), cancellationToken, sameAsLast);
        if (body is not null && Read(dc, state, body).CoordinationAlone(dc.Text) is { } request)
        {
            await dc.EndDialogAsync(null, cancellationToken);
            return await dc.BeginDialogAsync(CoordinationRequestDialog.Name, new JsonObject { ["task"] = task.Id, ["text"] = request },
                cancellationToken);
        }
        if (remark is not null) await dc.SayAsync("report.remarkOffered", cancellationToken, ("number", task.Number));
        if ((body ?? remark) is { } message)
        {
            var (merged, problem) = ReadInto(dc, state, message);
            return await AskAsync(dc, merged, cancellationToken, problem);
        }
        if (ReportCard.ShownIn(dc.Turn.Activity.ChannelId))
        {
            var card = Activity.CreateMessage(dc.Text.Say("report.cardIntro"));
            card.Attachments = [ReportCard.For(dc.Text, state)];
            await dc.SendAsync(card, cancellationToken);
        }
        return await AskAsync(dc, last is null ? state.Next() : state with { Stage = ReportStage.ChangedSinceLast }, cancellationToken);
    }

    public override async Task<DialogTurnResult> ContinueAsync(DialogContext dc, CancellationToken cancellationToken)
    {
        var state = Load(dc);
        if (Evidence.EvidenceIntake.HasFiles(dc))
        {
            state = await TakeEvidenceAsync(dc, state, cancellationToken);
            if (PromptInput.From(dc.Turn.Activity) is null) return await AskAsync(dc, state, cancellationToken);
        }
        if (ReportCard.Read(dc.Turn.Activity, state) is { } submitted)
        {
            var (merged, problem) = Into(dc, state, submitted);
            return await AskAsync(dc, merged, cancellationToken, problem);
        }
        var input = PromptInput.From(dc.Turn.Activity);
        if (SameAs(dc, state, input) is { } other)
        {
            await dc.SayAsync("report.sameAsNoted", cancellationToken, ("number", state.Draft.TaskNumber), ("other", other));
            return await AskAsync(dc, state with { SameFor = [.. state.SameFor, other], Misunderstood = 0 }, cancellationToken);
        }
        if (input is not null && ReadByLabels(dc, state, input) && !OtherTask(dc, state, input))
        {
            var (merged, problem) = ReadInto(dc, state, Body(dc, state, input));
            return await AskAsync(dc, merged, cancellationToken, Lines(Noted(dc.Text, state, merged), problem));
        }
        var answer = Answer(dc, state, input);
        if (answer.Understood is { } next) return next.Stage == ReportStage.ReadBack && next.Draft.IsComplete && answer.Confirmed
            ? await SaveAsync(dc, next, cancellationToken)
            : await AskAsync(dc, next with { Misunderstood = 0 }, cancellationToken, Problem(dc, answer));
        return await MisunderstoodAsync(dc, state with { AboveTarget = answer.AboveTarget ?? state.AboveTarget }, answer, cancellationToken);
    }

    public override Task RepromptAsync(DialogContext dc, CancellationToken cancellationToken) =>
        dc.SendAsync(ReportQuestions.For(dc.Text, Load(dc)), cancellationToken);

    public override bool Claims(DialogContext dc, string? input) => (input is null || !OtherTask(dc, Load(dc), input))
        && (SameAs(dc, Load(dc), input) is not null || Answer(dc, Load(dc), input).Claimed);

    /// <summary>"33号同上" while this report is written: another task that takes the same answers.</summary>
    private static int? SameAs(DialogContext dc, ReportState state, string? input) =>
        dc.Text.Hears("report.sameAs", input, out var m) && int.TryParse(m!.Groups["number"].Value, out var n)
            && n != state.Draft.TaskNumber && !state.SameFor.Contains(n) ? n : null;

    public override bool Refuses(DialogContext dc, string? input) =>
        input is not null && (OtherTask(dc, Load(dc), input)
            || !ReportMessageReader.HasLabel(dc.Text, input) && Answer(dc, Load(dc), input) is { Understood: null, Claimed: false });

    /// <summary>This task's whole report sent again ("15 正常推进 …，问题：无", a second tap): what follows its number.</summary>
    private static string Body(DialogContext dc, ReportState state, string input) =>
        dc.Text.Hears("report.start", input, out var m) && m!.Groups["body"] is { Success: true } body
            && int.TryParse(m.Groups["number"].Value, out var n) && n == state.Draft.TaskNumber ? body.Value : input;

    /// <summary>A whole report on another task ("#22 正常推进 …，问题：无"): not this draft's, it starts that task's report.</summary>
    private static bool OtherTask(DialogContext dc, ReportState state, string input) =>
        dc.Text.Hears("report.start", input, out var m) && !m!.Groups["same"].Success
            && int.TryParse(m.Groups["number"].Value, out var n) && n != state.Draft.TaskNumber;

    public override bool TakesFiles => true;

    public override string? ResumeOffer(DialogContext dc, DialogInstance instance) =>
        dc.Text.Say("report.resumeOffer", ("number", Load(instance).Draft.TaskNumber));

    private static async Task<DialogTurnResult> MisunderstoodAsync(DialogContext dc, ReportState state, ReportAnswer answer,
        CancellationToken cancellationToken)
    {
        state = state with { Misunderstood = state.Misunderstood + 1 };
        if (state.Misunderstood >= MaxMisunderstood)
        {
            Store(dc, state with { Misunderstood = 0 });
            await dc.SayAsync("report.draftKept", cancellationToken);
            dc.SuspendAll();
            return DialogTurnResult.Waiting;
        }
        if (answer.Problem is { } problem) await dc.SayAsync(problem, cancellationToken, answer.Args);
        return await AskAsync(dc, state, cancellationToken);
    }

    private async Task<DialogTurnResult> SaveAsync(DialogContext dc, ReportState state, CancellationToken cancellationToken)
    {
        var number = state.Draft.TaskNumber;
        var progress = await supervision.Value.ProgressAsync(cancellationToken);
        // The binding may have changed since the report began (unbound, or bound to another unit).
        if (progress?.Task(state.ListId, number) is not { } task || dc.Viewer is not { } viewer || !viewer.MayReportOn(task))
            return await dc.SayAndEndAsync("report.noLongerAllowed", cancellationToken, ("number", number));
        var report = await supervision.Value.SaveAsync(viewer, task, state.Draft.ToContent(), cancellationToken);
        var saved = Activity.CreateMessage(dc.Text.Say(viewer.LeadsTask(task) ? "report.saved" : "report.savedAsCoUnit",
            ("number", number), ("period", PeriodText.Label(dc.Text, report.PeriodKey))));
        if (state.SameFor is [var same, ..])
        {
            await dc.SendAsync(saved, cancellationToken);
            await dc.EndDialogAsync(null, cancellationToken);
            return await dc.BeginDialogAsync(Name, new JsonObject
            {
                ["number"] = same.ToString(System.Globalization.CultureInfo.InvariantCulture),
                [SameAsKey] = JsonSerializer.SerializeToNode(state.Draft, DialogJson.Options),
                [SameForKey] = JsonSerializer.SerializeToNode(state.SameFor.Skip(1).ToList(), DialogJson.Options),
            }, cancellationToken);
        }
        if (supervision.Value.NextUnreported(progress, viewer, number) is { } next && next != task)
        {
            saved.Text += "\n\n" + dc.Text.Say("report.offerNext", ("number", next.Number), ("title", TaskText.Title(next)));
            saved.SuggestedActions =
                new SuggestedActions { Actions = [CardAction.ImBack(dc.Text.Say("report.nextButton", ("number", TaskText.Reference(next))))] };
        }
        return await dc.SendAndEndAsync(saved, cancellationToken);
    }

    // 33号同上: the other task's answers, but a completion worked out from an amount (5.1万亩 of its 8.2万亩) is that
    // task's share, not this one's: asked again.
    private static ReportDraft SameAs(ReportDraft other, int number) =>
        (other.CurrentValue is { Length: > 0 } ? other.Without(ReportField.Completion) : other) with { TaskNumber = number };

    /// <summary>A photo or file sent while the report is written: kept at once, it goes with the report when saved.</summary>
    private async Task<ReportState> TakeEvidenceAsync(DialogContext dc, ReportState state, CancellationToken cancellationToken)
    {
        var task = (await supervision.Value.ProgressAsync(cancellationToken))?.Task(state.ListId, state.Draft.TaskNumber);
        if (task is null || dc.Viewer is not { } viewer || !viewer.MayReportOn(task)) return state;
        var taken = await evidence.Value.TakeAsync(dc, task, cancellationToken);
        state = state with { Evidence = [.. state.Evidence, .. taken.Kept.Select(f => f.FileName)] };
        var said = taken.Kept.Count == 0 ? taken.Said
            : taken.Said + "\n\n" + dc.Text.Say("evidence.withDraft", ("number", task.Number), ("count", state.Evidence.Count));
        await dc.SendAsync(Activity.CreateMessage(said), cancellationToken);
        return state;
    }

    private static async Task<DialogTurnResult> AskAsync(DialogContext dc, ReportState state, CancellationToken cancellationToken,
        string? before = null)
    {
        Store(dc, state);
        var question = ReportQuestions.For(dc.Text, state);
        if (before is { Length: > 0 }) question.Text = before + "\n\n" + question.Text;
        await dc.SendAsync(question, cancellationToken);
        return DialogTurnResult.Waiting;
    }

    private static ReportReading Read(DialogContext dc, ReportState state, string message) =>
        ReportMessageReader.Read(dc.Text, message, state.Draft.TaskNumber, state.TaskTargets, state.TextAsked() ?? ReportField.Progress);

    // A named label ("下步：…") fills its field whatever was asked; one only implied by the way it is written ("下周协调水利局"
    // asked for coordination, "没有问题" asked for next steps) answers the text asked for, as a reporter means it, except
    // what was done: "下周继续推进" asked for the progress is the next steps, and the progress is asked again.
    // "完成百分之四十" asked for the progress says how far the work is, not what was done: the completion, and the
    // progress asked again.
    private static bool ReadByLabels(DialogContext dc, ReportState state, string input) => state.TextAsked() switch
    {
        // 没问题，提交吧 at the read-back is a yes, not 存在问题 corrected.
        null => ReportMessageReader.HasLabel(dc.Text, input) && !(state.Stage == ReportStage.ReadBack && ReportAnswer.Confirms(dc.Text, input)),
        ReportField.Progress => ReportMessageReader.HasLabel(dc.Text, input) || OnlyCompletion(Read(dc, state, input).Draft),
        _ => ReportMessageReader.NamesField(dc.Text, input),
    };

    private static bool OnlyCompletion(ReportDraft said) =>
        said.Sources.Count == 1 && said.Completion is not null;

    // A labelled answer ("下步：…") fills its own field whatever was asked: one given before is not replaced unsaid, and
    // one filled beside the question asked is said to be noted, or the question asked again reads as if it went unread.
    // The read-back shows every field: nothing is said before it.
    private static string Noted(LocaleText text, ReportState was, ReportState now)
    {
        var lines = new List<string>();
        foreach (var field in Enum.GetValues<ReportField>())
        {
            var (before, after) = (ReportQuestions.Shown(text, was.Draft, field), ReportQuestions.Shown(text, now.Draft, field));
            if (after is null || before == after) continue;
            var name = ReportQuestions.FieldName(text, field);
            if (before is not null) lines.Add(text.Say("report.replacedText", ("field", name), ("now", after), ("was", before)));
            // Only beside a question asked: a whole report given at once is read back, not echoed field by field.
            else if (was.TextAsked() is { } asked && field != asked && now.Stage != ReportStage.ReadBack)
                lines.Add(text.Say("report.notedText", ("field", name), ("now", after)));
        }
        return string.Join("\n", lines);
    }

    private static (ReportState State, string? Problem) ReadInto(DialogContext dc, ReportState state, string message) =>
        Into(dc, state, Read(dc, state, message));

    // A message read by its labels, or a card, merged into the draft. What follows a completion's label and is no
    // completion (累计下降5%) is the answer to the completion question: taken as that, or the completion asked with why;
    // never the completion kept from before unsaid.
    private static (ReportState State, string? Problem) Into(DialogContext dc, ReportState state, ReportReading reading)
    {
        var merged = Merge(state, reading);
        if (reading.UnreadCompletion is not { } said) return (merged, null);
        var answer = new ReportAnswer(dc.Text, merged, ReportField.Completion, said);
        return (answer.Understood!, Problem(dc, answer));
    }

    // Why a value given was not taken, said before its field is asked again.
    private static string? Problem(DialogContext dc, ReportAnswer? answer) =>
        answer?.Problem is { } problem ? dc.Text.Say(problem, answer.Args) : null;

    private static string Lines(params string?[] lines) => string.Join("\n\n", lines.Where(l => l is { Length: > 0 }));

    private static ReportState Merge(ReportState state, ReportReading reading) =>
        (state with { Draft = state.Draft.Merge(reading.Draft), Misunderstood = 0 }).Next(reading.StatusUnclear);

    private static ReportState? TakeSuspended(DialogContext dc, Domain.Plans.TaskItem task)
    {
        if (!dc.SenderOwnsSuspended || dc.State.Suspended is not [var bottom, ..] || bottom.Id != Name
            || Load(bottom) is not { } kept || kept.Draft.TaskNumber != task.Number || (kept.ListId ?? task.PlanId) != task.PlanId)
            return null;
        dc.State.Suspended = null;
        return kept;
    }

    // Claims, ContinueAsync and the question asked back each need the state: its JSON is read once a turn, and the
    // state kept beside the node it was read from (a new node, stored, is a new state).
    private static ReportState Load(DialogContext dc)
    {
        var node = dc.Active!.Values[StateKey]!;
        if (dc.Turn.Items.TryGetValue(typeof(LoadedState), out var kept) && kept is LoadedState loaded && ReferenceEquals(loaded.Node, node))
            return loaded.State;
        var state = node.Deserialize<ReportState>(DialogJson.Options)!;
        dc.Turn.Items[typeof(LoadedState)] = new LoadedState(node, state);
        return state;
    }

    // Claims, then ContinueAsync read the same answer to the same state: read once a turn.
    private static ReportAnswer Answer(DialogContext dc, ReportState state, string? input)
    {
        if (dc.Turn.Items.TryGetValue(typeof(ReportAnswer), out var kept) && kept is ReportAnswer answer
            && answer.Reads(dc.Text, state, input)) return answer;
        answer = new ReportAnswer(dc.Text, state, input);
        dc.Turn.Items[typeof(ReportAnswer)] = answer;
        return answer;
    }

    private static ReportState Load(DialogInstance instance) => instance.Values[StateKey].Deserialize<ReportState>(DialogJson.Options)!;

    private static void Store(DialogContext dc, ReportState state)
    {
        var node = JsonSerializer.SerializeToNode(state, DialogJson.Options)!;
        dc.Active!.Values[StateKey] = node;
        dc.Turn.Items[typeof(LoadedState)] = new LoadedState(node, state);
    }

    private sealed record LoadedState(JsonNode Node, ReportState State);
}
