namespace TaskBot.Data.Assessments;

/// <summary>What a plan's kept assessments were made for (see <see cref="Domain.Behind.AssessmentBasis"/>).</summary>
public sealed class AssessmentBasisRecord
{
    public int PlanId { get; set; }
    public int Revision { get; set; }
    public DateOnly Day { get; set; }
}
