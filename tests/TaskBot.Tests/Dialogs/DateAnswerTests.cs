using TaskBot.Dialogs.Conversations;

namespace TaskBot.Tests.Dialogs;

/// <summary>Deadlines and extension dates as the office and the units write them in chat.</summary>
public class DateAnswerTests
{
    [Theory]
    [InlineData("2026-03-31", "2026-03-31", "")]
    [InlineData("3月31日 因为审批未完成", "2026-03-31", "因为审批未完成")]
    [InlineData("12月底", "2026-12-31", "")]
    [InlineData("6月底前，等待上级审批", "2026-06-30", "等待上级审批")]
    [InlineData("2027年2月", "2027-02-28", "")]
    [InlineData("2月份", "2026-02-28", "")]
    [InlineData("年底前", "2026-12-31", "")]
    [InlineData("2027年底", "2027-12-31", "")]
    [InlineData("２０２７年１月３１日", "2027-01-31", "")]
    [InlineData("２０２７－０１－３１，材料到货延迟", "2027-01-31", "材料到货延迟")]
    [InlineData("６月底前", "2026-06-30", "")]
    public void A_date_written_as_people_write_deadlines_is_read(string text, string date, string rest) =>
        Assert.Equal((DateOnly.Parse(date), rest), DateAnswer.Read(text, 2026));

    [Theory]
    [InlineData("尽快")]
    [InlineData("13月底")]
    [InlineData("2月30日")]
    public void What_is_no_date_is_not_read_as_one(string text) => Assert.Null(DateAnswer.Read(text, 2026));
}
