using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using TaskBot.Domain.Plans;

namespace TaskBot.Cli;

/// <summary>The JSON shape `parse` prints: names unpadded, units split, dates ISO.</summary>
public static class PlanJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Serialize(PlanDraft plan) => JsonSerializer.Serialize(new
    {
        plan.Title,
        plan.Year,
        plan.Source,
        Tasks = plan.Tasks.Select(t => new
        {
            t.Number,
            t.Chapter,
            t.Text,
            t.Leaders,
            t.LeadUnits,
            t.ResponsibleUnits,
            t.Deadline,
            t.Ongoing,
            Milestones = t.Milestones.Select(m => new { m.Date, m.Text }),
        }),
    }, Options);
}
