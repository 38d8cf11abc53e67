using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.PostgreSql
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

            migrationBuilder.AlterTable(
                name: "Outbox")
                .Annotation("Npgsql:StorageParameter:fillfactor", 50);

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

            migrationBuilder.AlterTable(
                name: "Outbox")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 50);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Destination_Status",
                table: "Outbox",
                columns: new[] { "Destination", "Status" });
        }
    }
}
