using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TaskBot.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Conversations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ConversationReferences",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Dead = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationReferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ConversationStates",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    Version = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationStates", x => new { x.ChannelId, x.ConversationId });
                });

            migrationBuilder.CreateTable(
                name: "DirectLineActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineActivities", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DirectLineConversations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DirectLineConversations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ProcessedActivities",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    ProcessedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ProcessedActivities", x => new { x.ChannelId, x.ConversationId, x.ActivityId });
                });

            migrationBuilder.CreateTable(
                name: "Secrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Value = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Secrets", x => x.Name);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ConversationReferences_ChannelId_ConversationId",
                table: "ConversationReferences",
                columns: new[] { "ChannelId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineActivities_ConversationId_ActivityId",
                table: "DirectLineActivities",
                columns: new[] { "ConversationId", "ActivityId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DirectLineActivities_ConversationId_Id",
                table: "DirectLineActivities",
                columns: new[] { "ConversationId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ConversationReferences");

            migrationBuilder.DropTable(
                name: "ConversationStates");

            migrationBuilder.DropTable(
                name: "DirectLineActivities");

            migrationBuilder.DropTable(
                name: "DirectLineConversations");

            migrationBuilder.DropTable(
                name: "ProcessedActivities");

            migrationBuilder.DropTable(
                name: "Secrets");
        }
    }
}
