using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace TaskBot.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class BindingAttemptsAndSignInTickets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "FailedBindings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Source = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    AtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FailedBindings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "UsedSignInTickets",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UsedAtMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UsedSignInTickets", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_FailedBindings_Source_AtMs",
                table: "FailedBindings",
                columns: new[] { "Source", "AtMs" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "FailedBindings");

            migrationBuilder.DropTable(
                name: "UsedSignInTickets");
        }
    }
}
