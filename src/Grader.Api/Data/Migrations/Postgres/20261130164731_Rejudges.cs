using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Grader.Api.Data.Migrations.Postgres
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
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "RejudgeFlagId",
                table: "Submissions",
                type: "bigint",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Rejudges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ExerciseId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Selection = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Verdict = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Reason = table.Column<string>(type: "character varying(900)", maxLength: 900, nullable: true),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CreatedById = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedById = table.Column<int>(type: "integer", nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RejudgeId = table.Column<long>(type: "bigint", nullable: false),
                    SubmissionId = table.Column<long>(type: "bigint", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    QueuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LeaseExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    OldVerdict = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    OldScore = table.Column<int>(type: "integer", nullable: true),
                    Verdict = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: true),
                    MaxScore = table.Column<int>(type: "integer", nullable: true),
                    CatalogVersion = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Report = table.Column<string>(type: "text", nullable: true),
                    CompileMs = table.Column<double>(type: "double precision", nullable: true),
                    RunMs = table.Column<double>(type: "double precision", nullable: true),
                    Flagged = table.Column<bool>(type: "boolean", nullable: false)
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
