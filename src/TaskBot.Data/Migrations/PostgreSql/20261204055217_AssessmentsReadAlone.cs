using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class AssessmentsReadAlone : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Problems",
                table: "TaskAssessments",
                type: "text",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskAssessments_Behind",
                table: "TaskAssessments",
                columns: new[] { "PlanId", "TaskItemId" },
                filter: "\"Light\" <> 0");

            // The rows kept so far have no problems: none is read until the daily run keeps them all again.
            migrationBuilder.Sql("DELETE FROM \"AssessmentBases\"");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TaskAssessments_Behind",
                table: "TaskAssessments");

            migrationBuilder.DropColumn(
                name: "Problems",
                table: "TaskAssessments");
        }
    }
}
