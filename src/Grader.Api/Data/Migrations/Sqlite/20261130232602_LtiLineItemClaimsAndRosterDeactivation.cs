using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grader.Api.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LtiLineItemClaimsAndRosterDeactivation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "DeactivatedByRoster",
                table: "Users",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "LineItemClaimedAt",
                table: "LtiResourceLinks",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DeactivatedByRoster",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "LineItemClaimedAt",
                table: "LtiResourceLinks");
        }
    }
}
