using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LatestReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "IsLatest",
                table: "ProgressReport",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // Each unit's newest current report on a task becomes its latest.
            migrationBuilder.Sql("""
                UPDATE "ProgressReport" SET "IsLatest" = NOT "Superseded" AND NOT EXISTS (
                    SELECT 1 FROM "ProgressReport" n
                    WHERE n."TaskItemId" = "ProgressReport"."TaskItemId" AND n."UnitId" = "ProgressReport"."UnitId" AND NOT n."Superseded"
                      AND (n."PeriodStart" > "ProgressReport"."PeriodStart"
                           OR (n."PeriodStart" = "ProgressReport"."PeriodStart" AND n."Id" > "ProgressReport"."Id")))
                """);

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReport_Latest",
                table: "ProgressReport",
                columns: new[] { "TaskItemId", "UnitId" },
                filter: "\"IsLatest\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProgressReport_Latest",
                table: "ProgressReport");

            migrationBuilder.DropColumn(
                name: "IsLatest",
                table: "ProgressReport");
        }
    }
}
