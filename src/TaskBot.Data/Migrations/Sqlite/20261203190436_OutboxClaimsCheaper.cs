using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutboxClaimsCheaper : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Destination_Status",
                table: "Outbox");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Destination_Pending",
                table: "Outbox",
                column: "Destination",
                filter: "\"Status\" = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Destination_Pending",
                table: "Outbox");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Destination_Status",
                table: "Outbox",
                columns: new[] { "Destination", "Status" });
        }
    }
}
