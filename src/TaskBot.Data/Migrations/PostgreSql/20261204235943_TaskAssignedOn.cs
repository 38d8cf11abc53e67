using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class TaskAssignedOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "AssignedOn",
                table: "Tasks",
                type: "date",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AssignedOn",
                table: "Tasks");
        }
    }
}
