using Npgsql;
using NpgsqlTypes;
using TaskBot.Domain.Periods;

namespace TaskBot.Benchmarks;

/// <summary>
/// A year of weekly reports loaded behind TaskBot's back with binary COPY, as a data load would: one report a week per
/// task from its lead unit, the last one the latest. Some tasks stop reporting, some fall behind, the rest keep pace.
/// </summary>
public static class ReportSeeder
{
    /// <summary>The <paramref name="count"/> weeks ending with the one that holds <paramref name="last"/>, oldest first.</summary>
    public static IReadOnlyList<Period> WeeksThrough(DateOnly last, int count)
    {
        var weeks = new PeriodCalendar(PeriodKind.Week);
        var periods = new List<Period> { weeks.Containing(last) };
        while (periods.Count < count) periods.Insert(0, weeks.Previous(periods[0]));
        return periods;
    }

    /// <returns>The rows written.</returns>
    public static async Task<long> SeedAsync(string connectionString, IReadOnlyList<Period> periods, string progress = "按计划推进")
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var tasks = new List<(int Task, int Unit)>();
        await using (var read = new NpgsqlCommand(
            """SELECT t."Id", u."UnitId" FROM "Tasks" t JOIN "TaskUnits" u ON u."TaskItemId" = t."Id" AND u."Role" = 1""", connection))
        await using (var reader = await read.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tasks.Add((reader.GetInt32(0), reader.GetInt32(1)));
        var weeks = periods.Count;
        long rows = 0;
        await using (var copy = await connection.BeginBinaryImportAsync("""
            COPY "ProgressReport" ("TaskItemId", "UnitId", "PeriodKey", "PeriodStart", "Status", "Progress", "Completion", "Problems", "NextSteps",
                                   "Coordination", "ReportedBy", "ReportedAt", "Superseded", "CarriedForward", "IsLatest") FROM STDIN (FORMAT BINARY)
            """))
        {
            foreach (var (task, unit) in tasks)
                for (var w = 0; w < weeks; w++)
                {
                    if (task % 17 == 0 && w > weeks - 4) continue;
                    var last = w == weeks - 1 || (task % 17 == 0 && w == weeks - 4);
                    await copy.StartRowAsync();
                    await copy.WriteAsync(task, NpgsqlDbType.Integer);
                    await copy.WriteAsync(unit, NpgsqlDbType.Integer);
                    await copy.WriteAsync(periods[w].Key, NpgsqlDbType.Varchar);
                    await copy.WriteAsync(periods[w].Start, NpgsqlDbType.Date);
                    await copy.WriteAsync(task % 11 == 0 ? 3 : 2, NpgsqlDbType.Integer);
                    await copy.WriteAsync(progress, NpgsqlDbType.Text);
                    await copy.WriteAsync((decimal)Math.Min(100, (w + 1) * 100 / weeks - (task % 7 == 0 ? 35 : 0)), NpgsqlDbType.Numeric);
                    await copy.WriteAsync("无", NpgsqlDbType.Text);
                    await copy.WriteAsync("继续推进", NpgsqlDbType.Text);
                    await copy.WriteAsync("无", NpgsqlDbType.Text);
                    await copy.WriteAsync("联络员", NpgsqlDbType.Varchar);
                    await copy.WriteAsync(new DateTimeOffset(periods[w].Start.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero),
                        NpgsqlDbType.TimestampTz);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(false, NpgsqlDbType.Boolean);
                    await copy.WriteAsync(last, NpgsqlDbType.Boolean);
                    rows++;
                }
            await copy.CompleteAsync();
        }
        await using var analyze = new NpgsqlCommand("ANALYZE", connection);
        await analyze.ExecuteNonQueryAsync();
        return rows;
    }
}
