namespace TaskBot.Domain.Behind;

/// <summary>红黄绿灯: green on schedule or done, yellow slightly behind or unreported, red seriously behind or overdue.</summary>
public enum Light
{
    Green = 0,
    Yellow = 1,
    Red = 2,
}
