using TaskBot.Domain.Plans;

namespace TaskBot.Domain.Tests.Import;

/// <summary>A task's full expected record, compared field by field so a failure names the field.</summary>
public sealed record ExpectedTask(
    int Number, string TextStart, string TextEnd, string[] Leaders, string[] LeadUnits, string[] ResponsibleUnits,
    string? Deadline, bool Ongoing, params (string Date, string Text)[] Milestones)
{
    public void AssertMatches(TaskDraft actual)
    {
        Assert.Equal(Number, actual.Number);
        Assert.StartsWith(TextStart, actual.Text);
        Assert.EndsWith(TextEnd, actual.Text);
        Assert.Equal(Leaders, actual.Leaders);
        Assert.Equal(LeadUnits, actual.LeadUnits);
        Assert.Equal(ResponsibleUnits, actual.ResponsibleUnits);
        Assert.Equal(Deadline, actual.Deadline?.ToString("yyyy-MM-dd"));
        Assert.Equal(Ongoing, actual.Ongoing);
        Assert.Equal(Milestones, actual.Milestones.Select(m => (m.Date.ToString("yyyy-MM-dd"), m.Text)).ToArray());
    }
}
