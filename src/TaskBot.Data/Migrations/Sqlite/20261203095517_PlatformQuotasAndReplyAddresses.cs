using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PlatformQuotasAndReplyAddresses : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PlatformDayCounts",
                columns: table => new
                {
                    Channel = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Day = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformDayCounts", x => new { x.Channel, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "ReplyAddresses",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ExpiresAtMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReplyAddresses", x => new { x.ChannelId, x.ConversationId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_ReplyAddresses_ExpiresAtMs",
                table: "ReplyAddresses",
                column: "ExpiresAtMs");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PlatformDayCounts");

            migrationBuilder.DropTable(
                name: "ReplyAddresses");
        }
    }
}
