using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.PostgreSql
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
                    Channel = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Day = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlatformDayCounts", x => new { x.Channel, x.Day });
                });

            migrationBuilder.CreateTable(
                name: "ReplyAddresses",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ExpiresAtMs = table.Column<long>(type: "bigint", nullable: false)
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
