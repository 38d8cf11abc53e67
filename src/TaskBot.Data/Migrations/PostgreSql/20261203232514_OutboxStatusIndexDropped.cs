using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class OutboxStatusIndexDropped : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Status_DueAtMs",
                table: "Outbox");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Status_DueAtMs",
                table: "Outbox",
                columns: new[] { "Status", "DueAtMs" });
        }
    }
}
