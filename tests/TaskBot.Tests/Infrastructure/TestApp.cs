using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using TaskBot.Data;
using TaskBot.Hosting;

namespace TaskBot.Tests.Infrastructure;

/// <summary>Reads a test store through TaskBot's own services.</summary>
public static class TestApp
{
    public static Task<T> WithDbAsync<T>(TestStore store, Func<TaskBotDbContext, Task<T>> read) =>
        WithServicesAsync(store, services => read(services.GetRequiredService<TaskBotDbContext>()));

    /// <summary>TaskBot's services over the store (migrated), without starting the server.</summary>
    public static async Task<T> WithServicesAsync<T>(TestStore store, Func<IServiceProvider, Task<T>> use)
    {
        await using var app = TaskBotHost.Build(TaskBotHost.CreateBuilder([], store.Settings));
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        return await use(scope.ServiceProvider);
    }

    /// <summary>Every row of every table, in key order: two equal snapshots mean an identical database.</summary>
    public static Task<string> SnapshotAsync(TestStore store) => WithDbAsync(store, async db =>
    {
        var text = new StringBuilder();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        foreach (var table in db.Model.GetEntityTypes().Select(e => e.GetTableName()).Distinct().Order(StringComparer.Ordinal))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
            await using var reader = await command.ExecuteReaderAsync();
            text.AppendLine($"[{table}]");
            while (await reader.ReadAsync())
                text.AppendLine(string.Join("|", Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i)))));
        }
        return text.ToString();
    });
}
