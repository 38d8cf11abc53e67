using Npgsql;
using TaskBot.Domain.Periods;

namespace TaskBot.Benchmarks;

/// <summary>
/// B4's floor: "which tasks are behind" written by hand in SQL, with the default thresholds (10 points below
/// 序时进度, one missed week), weekly periods and lead units that are not collectives.
/// </summary>
public static class BehindSql
{
    private const string Query = """
        WITH plan AS (SELECT "Id", "Year" FROM "Plans" ORDER BY "Year" DESC, "Id" DESC LIMIT 1),
        tasks AS (
            SELECT t."Id", t."Deadline", make_date(p."Year", 1, 1) AS year_start, COALESCE(t."Deadline", make_date(p."Year", 12, 31)) AS year_end
            FROM "Tasks" t JOIN plan p ON t."PlanId" = p."Id"
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
            OR EXISTS (SELECT 1 FROM "Milestones" m WHERE m."TaskItemId" = t."Id" AND m."Date" < @today AND (t."Deadline" IS NULL OR m."Date" < t."Deadline"))
            OR (l."Completion" IS NOT NULL AND
                round(LEAST(GREATEST((@today - t.year_start + 1)::numeric / (t.year_end - t.year_start + 1), 0), 1) * 100, 1) - l."Completion" >= 10)
            OR CASE WHEN l."PeriodStart" >= t.year_start THEN l."PeriodStart" <= @week_start - 14 ELSE @week_start - 7 >= t.year_start END)
        """;

    public static async Task<int> CountAsync(NpgsqlConnection connection, string? leader, DateOnly today)
    {
        await using var command = new NpgsqlCommand(Query, connection);
        command.Parameters.AddWithValue("leader", (object?)leader ?? DBNull.Value);
        command.Parameters.AddWithValue("today", today);
        command.Parameters.AddWithValue("week_start", new PeriodCalendar(PeriodKind.Week).Containing(today).Start);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
