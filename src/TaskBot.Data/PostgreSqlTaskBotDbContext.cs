using Microsoft.EntityFrameworkCore;

namespace TaskBot.Data;

public sealed class PostgreSqlTaskBotDbContext(DbContextOptions<PostgreSqlTaskBotDbContext> options) : TaskBotDbContext(options);
