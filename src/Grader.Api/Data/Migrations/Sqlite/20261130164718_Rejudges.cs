using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grader.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Rejudges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "RejudgeFlagFinal",
                table: "Submissions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RejudgeFlagId",
                table: "Submissions",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Rejudges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExerciseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Selection = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 900, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedById = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedById = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Rejudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Rejudges_Users_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RejudgeItems",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RejudgeId = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    OldVerdict = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    OldScore = table.Column<int>(type: "INTEGER", nullable: true),
                    Verdict = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Score = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxScore = table.Column<int>(type: "INTEGER", nullable: true),
                    CatalogVersion = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Report = table.Column<string>(type: "TEXT", nullable: true),
                    CompileMs = table.Column<double>(type: "REAL", nullable: true),
                    RunMs = table.Column<double>(type: "REAL", nullable: true),
                    Flagged = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RejudgeItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RejudgeItems_Rejudges_RejudgeId",
                        column: x => x.RejudgeId,
                        principalTable: "Rejudges",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RejudgeItems_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RejudgeItems_RejudgeId_Id",
                table: "RejudgeItems",
                columns: new[] { "RejudgeId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RejudgeItems_Status_Id",
                table: "RejudgeItems",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_RejudgeItems_SubmissionId",
                table: "RejudgeItems",
                column: "SubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_Rejudges_CreatedById",
                table: "Rejudges",
                column: "CreatedById");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RejudgeItems");

            migrationBuilder.DropTable(
                name: "Rejudges");

            migrationBuilder.DropColumn(
                name: "RejudgeFlagFinal",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "RejudgeFlagId",
                table: "Submissions");
        }
    }
}
