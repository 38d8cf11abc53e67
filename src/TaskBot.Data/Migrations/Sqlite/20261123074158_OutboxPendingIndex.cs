using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxPendingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Pending",
                table: "Outbox",
                column: "Id",
                filter: "\"Status\" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Pending",
                table: "Outbox");
        }
    }
}
