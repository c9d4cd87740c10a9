using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grader.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnalyticsAndSimilarity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Fingerprints",
                columns: table => new
                {
                    SubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Scheme = table.Column<int>(type: "INTEGER", nullable: false),
                    Data = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Fingerprints", x => x.SubmissionId);
                    table.ForeignKey(
                        name: "FK_Fingerprints_Submissions_SubmissionId",
                        column: x => x.SubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SimilarityRuns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ExerciseId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AssignmentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CreatedById = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Submissions = table.Column<int>(type: "INTEGER", nullable: false),
                    ElapsedMs = table.Column<double>(type: "REAL", nullable: false),
                    Scheme = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimilarityRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SimilarityRuns_Users_CreatedById",
                        column: x => x.CreatedById,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SimilarityPairs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RunId = table.Column<long>(type: "INTEGER", nullable: false),
                    FirstSubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    SecondSubmissionId = table.Column<long>(type: "INTEGER", nullable: false),
                    Score = table.Column<double>(type: "REAL", nullable: false),
                    Shared = table.Column<int>(type: "INTEGER", nullable: false),
                    Regions = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SimilarityPairs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SimilarityPairs_SimilarityRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "SimilarityRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SimilarityPairs_Submissions_FirstSubmissionId",
                        column: x => x.FirstSubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SimilarityPairs_Submissions_SecondSubmissionId",
                        column: x => x.SecondSubmissionId,
                        principalTable: "Submissions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_ExerciseId_UserId_AttemptNumber",
                table: "Submissions",
                columns: new[] { "ExerciseId", "UserId", "AttemptNumber" });

            migrationBuilder.CreateIndex(
                name: "IX_SimilarityPairs_FirstSubmissionId",
                table: "SimilarityPairs",
                column: "FirstSubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_SimilarityPairs_RunId_Score",
                table: "SimilarityPairs",
                columns: new[] { "RunId", "Score" });

            migrationBuilder.CreateIndex(
                name: "IX_SimilarityPairs_SecondSubmissionId",
                table: "SimilarityPairs",
                column: "SecondSubmissionId");

            migrationBuilder.CreateIndex(
                name: "IX_SimilarityRuns_CreatedById",
                table: "SimilarityRuns",
                column: "CreatedById");

            migrationBuilder.CreateIndex(
                name: "IX_SimilarityRuns_ExerciseId_Id",
                table: "SimilarityRuns",
                columns: new[] { "ExerciseId", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Fingerprints");

            migrationBuilder.DropTable(
                name: "SimilarityPairs");

            migrationBuilder.DropTable(
                name: "SimilarityRuns");

            migrationBuilder.DropIndex(
                name: "IX_Submissions_ExerciseId_UserId_AttemptNumber",
                table: "Submissions");
        }
    }
}
