using TaskBot.Cli;

namespace TaskBot.Tests.Hosting;

public class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[31m联络员\u001b[0m", "联络员")]
    [InlineData("\u001b]0;owned\u0007联络员", "联络员")]
    [InlineData("\u001b]8;;http://evil.example/\u001b\\link\u001b]8;;\u001b\\", "link")]
    [InlineData("\u001b(B\u001bc康锐\u001b", "康锐")]
    [InlineData("a\u0000b\rc\u007fd\u009b2Je\u0085", "abcd2Je")]
    [InlineData("\u202egnp.exe", "gnp.exe")]
    [InlineData("两行\n\t缩进 👩‍💻", "两行\n\t缩进 👩‍💻")]
    public void Control_characters_and_escape_sequences_are_dropped(string text, string printed) =>
        Assert.Equal(printed, TerminalText.Clean(text));
}
