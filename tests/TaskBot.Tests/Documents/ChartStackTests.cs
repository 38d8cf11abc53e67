using TaskBot.Documents.Charts;
using TaskBot.Domain.Behind;
using TaskBot.Domain.Plans;
using TaskBot.Domain.Reports;

namespace TaskBot.Tests.Documents;

/// <summary>The bars of the lights chart: 待核 is a segment of its own, not green, until the office closes the task.</summary>
public sealed class ChartStackTests
{
    private static TaskAssessment Assessed(int number, Light light, bool awaitingReview = false) =>
        new(new TaskItem(number), null, light, [], 0) { AwaitingReview = awaitingReview, Status = awaitingReview ? ReportStatus.Done : null };

    [Fact]
    public void A_completion_awaiting_review_is_stacked_apart_from_green()
    {
        var stack = SupervisionCharts.Stack([Assessed(1, Light.Green), Assessed(2, Light.Green, awaitingReview: true), Assessed(3, Light.Red),
            Assessed(4, Light.Red)]);

        Assert.Equal([("Green", 1), ("Red", 2), ("AwaitingReview", 1)], stack);
    }
}
