using System.Text.Json.Nodes;
using TaskBot.BotFramework.Schema;
using TaskBot.Domain.Reports;
using TaskBot.Words;

namespace TaskBot.Dialogs.Reports;

/// <summary>
/// The report as one Adaptive Card form, for channels that show cards (Web Chat over Direct Line, Teams): every
/// field, pre-filled with what the draft holds (the unit's last report), submitted once.
/// </summary>
public static class ReportCard
{
    private const string FormField = "reportForm";
    private static readonly string[] CardChannels = ["directline", "webchat", "msteams"];

    public static bool ShownIn(string? channelId) => CardChannels.Contains(channelId, StringComparer.OrdinalIgnoreCase);

    public static Attachment For(LocaleText t, ReportState s)
    {
        var d = s.Draft;
        JsonNode Text(string id, ReportField field, string? value, bool multiline = false) => new JsonObject
        {
            ["type"] = "Input.Text", ["id"] = id, ["label"] = ReportQuestions.FieldName(t, field),
            ["value"] = value ?? "", ["isMultiline"] = multiline, ["maxLength"] = 1000,
        };
        return new Attachment
        {
            ContentType = Attachment.AdaptiveCard,
            Content = new JsonObject
            {
                ["type"] = "AdaptiveCard",
                ["version"] = "1.3",
                ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
                ["body"] = new JsonArray(
                    new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["weight"] = "Bolder",
                        ["text"] = t.Say("report.cardTitle", ("number", d.TaskNumber), ("title", s.Title)) },
                    new JsonObject
                    {
                        ["type"] = "Input.ChoiceSet", ["id"] = "status", ["label"] = ReportQuestions.FieldName(t, ReportField.Status),
                        ["value"] = d.Status?.ToString() ?? "", ["style"] = "expanded",
                        ["choices"] = new JsonArray([.. ReportQuestions.Statuses.Select(x =>
                            (JsonNode)new JsonObject { ["title"] = TaskText.Status(t, x), ["value"] = x.ToString() })]),
                    },
                    Text("progress", ReportField.Progress, d.Progress, multiline: true),
                    Text("completion", ReportField.Completion, d.CurrentValue ?? (d.Completion is { } c ? CompletionAnswer.Number(c) + "%" : null)),
                    Text("problems", ReportField.Problems, d.Problems),
                    Text("nextSteps", ReportField.NextSteps, d.NextSteps),
                    Text("coordination", ReportField.Coordination, d.Coordination)),
                ["actions"] = new JsonArray(new JsonObject
                {
                    ["type"] = "Action.Submit", ["title"] = t.Say("report.cardSubmit"), ["data"] = new JsonObject { [FormField] = d.TaskNumber },
                }),
            },
        };
    }

    /// <summary>
    /// What a submitted form changes in the draft: the fields filled in that differ from it, and a completion that is no
    /// completion (同比增长12%) to ask; null when the activity is no such form.
    /// </summary>
    public static ReportReading? Read(Activity activity, ReportState s)
    {
        if (activity.Value is not JsonObject form || form[FormField] is null) return null;
        var d = s.Draft;
        var changes = new ReportDraft(d.TaskNumber);
        string? Field(string id) => form[id] is JsonValue v && v.ToString().Trim() is { Length: > 0 } text ? text : null;
        if (Enum.TryParse<ReportStatus>(Field("status"), out var status) && Enum.IsDefined(status) && status != d.Status)
            changes = changes.WithStatus(status);
        var completion = Field("completion");
        var wasSaid = d.CurrentValue ?? (d.Completion is { } c ? CompletionAnswer.Number(c) + "%" : null);
        var unread = completion is not null && completion != wasSaid ? completion : null;
        if (unread is not null && CompletionAnswer.Read(unread, s.TaskTargets) is { Percent: { } p } answer)
            (changes, unread) = (changes.WithCompletion(p, answer.Value), null);
        foreach (var (id, field) in new[] { ("progress", ReportField.Progress), ("problems", ReportField.Problems),
            ("nextSteps", ReportField.NextSteps), ("coordination", ReportField.Coordination) })
            if (Field(id) is { Length: <= 1000 } text && text != d.Text(field)) changes = changes.WithText(field, text);
        return new ReportReading(changes, false, unread);
    }
}
