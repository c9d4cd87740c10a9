using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grader.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AttemptSeeds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "AttemptNumber",
                table: "Submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateTable(
                name: "ServerSecrets",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Value = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ServerSecrets", x => x.Name);
                });

            // Submissions made before attempts were numbered: number them per student and exercise, oldest first.
            migrationBuilder.Sql("""
                UPDATE "Submissions" SET "AttemptNumber" = (SELECT COUNT(*) FROM "Submissions" AS earlier
                WHERE earlier."UserId" = "Submissions"."UserId" AND earlier."ExerciseId" = "Submissions"."ExerciseId"
                AND earlier."Id" <= "Submissions"."Id")
                """);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_UserId_ExerciseId_AttemptNumber",
                table: "Submissions",
                columns: new[] { "UserId", "ExerciseId", "AttemptNumber" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ServerSecrets");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_UserId_ExerciseId_AttemptNumber",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "AttemptNumber",
                table: "Submissions");
        }
    }
}
