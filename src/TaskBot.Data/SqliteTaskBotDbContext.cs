using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data;

public sealed class SqliteTaskBotDbContext(DbContextOptions<SqliteTaskBotDbContext> options) : TaskBotDbContext(options);
