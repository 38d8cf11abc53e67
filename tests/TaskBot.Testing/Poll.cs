namespace TaskBot.Tests.Infrastructure;

/// <summary>Waits for something another process or thread does (a Hangfire worker, a separate server) by checking it, up to a deadline.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, string what)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"waited {timeout} for {what}");
            await Task.Delay(50);
        }
    }
}
