using Npgsql;

namespace TaskBot.Benchmarks;

/// <summary>How big the province is in PostgreSQL: rows and bytes, per 旗区 and in all.</summary>
public static class ProvinceSize
{
    private const string Query = """
        SELECT pg_database_size(current_database()), pg_total_relation_size('"ProgressReport"'),
               (SELECT count(*) FROM "ProgressReport"), (SELECT count(*) FROM "Member"), (SELECT count(*) FROM "Tasks"),
               (SELECT string_agg(format('%s %s', relname, pg_size_pretty(pg_total_relation_size(relid))), ', '
                    ORDER BY pg_total_relation_size(relid) DESC)
                FROM (SELECT relname, relid FROM pg_statio_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 5) t)
        """;

    public static async Task<IEnumerable<Figure>> MeasureAsync(IReadOnlyList<County> counties)
    {
        var each = new List<(long Database, long Reports, long ReportRows, long People, long Tasks, string Largest)>();
        foreach (var county in counties)
        {
            await using var connection = new NpgsqlConnection(county.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(Query, connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            each.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3), reader.GetInt64(4), reader.GetString(5)));
        }
        const double MiB = 1024 * 1024;
        var (reports, reportBytes) = (each.Sum(e => e.ReportRows), each.Sum(e => e.Reports));
        return
        [
            new("P.rows.tasks", "tasks in all", each.Sum(e => e.Tasks), "rows", "—", null),
            new("P.rows.people", "bound people in all", each.Sum(e => e.People), "rows", "—", null),
            new("P.rows.reports", "progress reports in all (a year, weekly)", reports, "rows", "—", null),
            new("P.size.county", "one 旗区's database", each[0].Database / MiB, "MiB", "—", null, Note: "largest: " + each[0].Largest),
            new("P.size.all", $"all {counties.Count} databases", each.Sum(e => e.Database) / MiB, "MiB", "—", null),
            new("P.size.reports", "progress reports with their indexes, all", reportBytes / MiB, "MiB", "—", null,
                Note: $"{(double)reportBytes / Math.Max(1, reports):F0} bytes a report"),
        ];
    }
}
