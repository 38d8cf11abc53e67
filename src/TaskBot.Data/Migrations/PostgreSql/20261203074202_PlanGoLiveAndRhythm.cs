using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PlanGoLiveAndRhythm : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UnitAliases_Key",
                table: "UnitAliases");

            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "UnitAliases",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Rhythm",
                table: "Tasks",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Archived",
                table: "Plans",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "Organisation",
                table: "Plans",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<DateOnly>(
                name: "ReportingStartsOn",
                table: "Plans",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Rhythm",
                table: "Plans",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitAliases_Key_Organisation",
                table: "UnitAliases",
                columns: new[] { "Key", "Organisation" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_UnitAliases_Key_Organisation",
                table: "UnitAliases");

            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "UnitAliases");

            migrationBuilder.DropColumn(
                name: "Rhythm",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "Archived",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Organisation",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "ReportingStartsOn",
                table: "Plans");

            migrationBuilder.DropColumn(
                name: "Rhythm",
                table: "Plans");

            migrationBuilder.CreateIndex(
                name: "IX_UnitAliases_Key",
                table: "UnitAliases",
                column: "Key",
                unique: true);
        }
    }
}
