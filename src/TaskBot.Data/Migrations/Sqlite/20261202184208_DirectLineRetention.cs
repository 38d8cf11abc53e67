using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DirectLineRetention : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Bytes",
                table: "DirectLineActivities",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CreatedAt",
                table: "DirectLineActivities",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Transcripts kept before this migration count from now, and by their size.
            migrationBuilder.Sql(@"UPDATE ""DirectLineActivities"" SET ""CreatedAt"" = strftime('%Y-%m-%d %H:%M:%S', 'now') || '+00:00', ""Bytes"" = length(CAST(""Json"" AS BLOB))");

            migrationBuilder.CreateIndex(
                name: "IX_ProcessedActivities_ProcessedAt",
                table: "ProcessedActivities",
                column: "ProcessedAt");

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineActivities_CreatedAt",
                table: "DirectLineActivities",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ProcessedActivities_ProcessedAt",
                table: "ProcessedActivities");

            migrationBuilder.DropIndex(
                name: "IX_DirectLineActivities_CreatedAt",
                table: "DirectLineActivities");

            migrationBuilder.DropColumn(
                name: "Bytes",
                table: "DirectLineActivities");

            migrationBuilder.DropColumn(
                name: "CreatedAt",
                table: "DirectLineActivities");
        }
    }
}
