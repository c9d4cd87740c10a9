using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Grader.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Lti : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "LtiKeys",
                columns: table => new
                {
                    Kid = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PrivateKey = table.Column<byte[]>(type: "bytea", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RetiredAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiKeys", x => x.Kid);
                });

            migrationBuilder.CreateTable(
                name: "LtiPlatforms",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Issuer = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ClientId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    AuthorizationEndpoint = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TokenEndpoint = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    JwksUri = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiPlatforms", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LtiAccounts",
                columns: table => new
                {
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiAccounts", x => new { x.PlatformId, x.Subject });
                    table.ForeignKey(
                        name: "FK_LtiAccounts_LtiPlatforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "LtiPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LtiAccounts_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LtiContexts",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    ContextId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DeploymentId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    MembershipsUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    LineItemsUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AgsScopes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RosterSyncedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiContexts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LtiContexts_LtiPlatforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "LtiPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LtiDeepLinks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    DeploymentId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ReturnUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Data = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    BrowserHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiDeepLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LtiDeepLinks_LtiPlatforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "LtiPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LtiDeepLinks_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LtiDeployments",
                columns: table => new
                {
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    DeploymentId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiDeployments", x => new { x.PlatformId, x.DeploymentId });
                    table.ForeignKey(
                        name: "FK_LtiDeployments_LtiPlatforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "LtiPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LtiLogins",
                columns: table => new
                {
                    State = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Nonce = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    BrowserHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PlatformId = table.Column<int>(type: "integer", nullable: false),
                    TargetLinkUri = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiLogins", x => x.State);
                    table.ForeignKey(
                        name: "FK_LtiLogins_LtiPlatforms_PlatformId",
                        column: x => x.PlatformId,
                        principalTable: "LtiPlatforms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LtiMemberships",
                columns: table => new
                {
                    ContextId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiMemberships", x => new { x.ContextId, x.UserId });
                    table.ForeignKey(
                        name: "FK_LtiMemberships_LtiContexts_ContextId",
                        column: x => x.ContextId,
                        principalTable: "LtiContexts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LtiMemberships_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "LtiResourceLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContextId = table.Column<int>(type: "integer", nullable: false),
                    ResourceLinkId = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExerciseId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AssignmentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    LineItemUrl = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiResourceLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LtiResourceLinks_LtiContexts_ContextId",
                        column: x => x.ContextId,
                        principalTable: "LtiContexts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LtiScores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ResourceLinkId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: false),
                    Subject = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ScoreGiven = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    ScoreMaximum = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    SubmissionId = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Timestamp = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    NextAttemptAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LeaseExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LtiScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_LtiScores_LtiResourceLinks_ResourceLinkId",
                        column: x => x.ResourceLinkId,
                        principalTable: "LtiResourceLinks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_LtiScores_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LtiAccounts_UserId",
                table: "LtiAccounts",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiContexts_PlatformId_ContextId",
                table: "LtiContexts",
                columns: new[] { "PlatformId", "ContextId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LtiDeepLinks_PlatformId",
                table: "LtiDeepLinks",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiDeepLinks_UserId",
                table: "LtiDeepLinks",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiLogins_ExpiresAt",
                table: "LtiLogins",
                column: "ExpiresAt");

            migrationBuilder.CreateIndex(
                name: "IX_LtiLogins_PlatformId",
                table: "LtiLogins",
                column: "PlatformId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiMemberships_UserId",
                table: "LtiMemberships",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiPlatforms_Issuer_ClientId",
                table: "LtiPlatforms",
                columns: new[] { "Issuer", "ClientId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LtiResourceLinks_AssignmentId",
                table: "LtiResourceLinks",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiResourceLinks_ContextId_ResourceLinkId",
                table: "LtiResourceLinks",
                columns: new[] { "ContextId", "ResourceLinkId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LtiResourceLinks_ExerciseId",
                table: "LtiResourceLinks",
                column: "ExerciseId");

            migrationBuilder.CreateIndex(
                name: "IX_LtiScores_ResourceLinkId_UserId_Id",
                table: "LtiScores",
                columns: new[] { "ResourceLinkId", "UserId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LtiScores_Status_Id",
                table: "LtiScores",
                columns: new[] { "Status", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_LtiScores_UserId",
                table: "LtiScores",
                column: "UserId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LtiAccounts");

            migrationBuilder.DropTable(
                name: "LtiDeepLinks");

            migrationBuilder.DropTable(
                name: "LtiDeployments");

            migrationBuilder.DropTable(
                name: "LtiKeys");

            migrationBuilder.DropTable(
                name: "LtiLogins");

            migrationBuilder.DropTable(
                name: "LtiMemberships");

            migrationBuilder.DropTable(
                name: "LtiScores");

            migrationBuilder.DropTable(
                name: "LtiResourceLinks");

            migrationBuilder.DropTable(
                name: "LtiContexts");

            migrationBuilder.DropTable(
                name: "LtiPlatforms");
        }
    }
}
