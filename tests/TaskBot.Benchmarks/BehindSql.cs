using Npgsql;
using TaskBot.Domain.Periods;

namespace TaskBot.Benchmarks;

/// <summary>
/// B4's floor: "which tasks are behind" written by hand in SQL, with the default thresholds (10 points below
/// 序时进度, one missed week), weekly periods and lead units that are not collectives. Missed weeks count from go-live:
/// the later of the plan's year, its first import (or the day the office gave) and the lead unit's own.
/// </summary>
public static class BehindSql
{
    private const string Query = """
        WITH plan AS (SELECT "Id", "Year", "ReportingStartsOn" FROM "Plans" ORDER BY "Year" DESC, "Id" DESC LIMIT 1),
        tasks AS (
            SELECT t."Id", t."Deadline", make_date(p."Year", 1, 1) AS year_start, COALESCE(t."Deadline", make_date(p."Year", 12, 31)) AS year_end,
                   GREATEST(make_date(p."Year", 1, 1), p."ReportingStartsOn", ul.day) AS live
            FROM "Tasks" t JOIN plan p ON t."PlanId" = p."Id"
            LEFT JOIN (SELECT lu."TaskItemId", max(un."ReportingStartsOn") AS day FROM "TaskUnits" lu JOIN "Units" un ON un."Id" = lu."UnitId"
                       WHERE lu."Role" = 1 AND un."ReportingStartsOn" IS NOT NULL GROUP BY lu."TaskItemId") ul ON ul."TaskItemId" = t."Id"
            WHERE @leader::text IS NULL OR EXISTS (
                SELECT 1 FROM "TaskLeaders" tl JOIN "Leaders" l ON l."Id" = tl."LeaderId" WHERE tl."TaskItemId" = t."Id" AND l."Name" = @leader)),
        latest AS (
            SELECT DISTINCT ON (r."TaskItemId") r."TaskItemId", r."Status", r."Completion", r."PeriodStart"
            FROM "ProgressReport" r
            JOIN tasks t ON t."Id" = r."TaskItemId"
            JOIN "TaskUnits" u ON u."TaskItemId" = r."TaskItemId" AND u."Role" = 1 AND u."UnitId" = r."UnitId"
            WHERE r."IsLatest"
            ORDER BY r."TaskItemId", r."PeriodStart" DESC, r."ReportedAt" DESC)
        SELECT count(*)::int FROM tasks t LEFT JOIN latest l ON l."TaskItemId" = t."Id"
        WHERE l."Status" IS DISTINCT FROM 1 AND (
            l."Status" IN (3, 4)
            OR t."Deadline" < @today
            OR EXISTS (SELECT 1 FROM "Milestones" m
                WHERE m."TaskItemId" = t."Id" AND m."Date" < @today AND (t."Deadline" IS NULL OR m."Date" < t."Deadline"))
            OR (l."Completion" IS NOT NULL AND
                round(LEAST(GREATEST((@today - t.year_start + 1)::numeric / (t.year_end - t.year_start + 1), 0), 1) * 100, 1) - l."Completion" >= 10)
            OR @week_start - 7 >= CASE WHEN l."PeriodStart" >= t.live THEN l."PeriodStart" + 7 ELSE t.live END)
        """;

    public static async Task<int> CountAsync(NpgsqlConnection connection, string? leader, DateOnly today)
    {
        await using var command = Command(Query, connection, leader, today);
        return (int)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The same query's tasks, by id: to say which tasks the domain and the floor disagree on.</summary>
    public static async Task<IReadOnlySet<int>> TaskIdsAsync(NpgsqlConnection connection, string? leader, DateOnly today)
    {
        await using var command = Command(Query.Replace("SELECT count(*)::int FROM", "SELECT t.\"Id\" FROM"), connection, leader, today);
        await using var reader = await command.ExecuteReaderAsync();
        var ids = new HashSet<int>();
        while (await reader.ReadAsync()) ids.Add(reader.GetInt32(0));
        return ids;
    }

    private static NpgsqlCommand Command(string query, NpgsqlConnection connection, string? leader, DateOnly today)
    {
        var command = new NpgsqlCommand(query, connection);
        command.Parameters.AddWithValue("leader", (object?)leader ?? DBNull.Value);
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("week_start", new PeriodCalendar(PeriodKind.Week).Containing(today).Start);
        return command;
    }
}
