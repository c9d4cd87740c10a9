using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Grader.Api.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class QueuePriority : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_Status_Id",
                table: "Submissions");

            migrationBuilder.AddColumn<int>(
                name: "Priority",
                table: "Submissions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Status_Priority_Id",
                table: "Submissions",
                columns: new[] { "Status", "Priority", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Submissions_Status_Priority_Id",
                table: "Submissions");

            migrationBuilder.DropColumn(
                name: "Priority",
                table: "Submissions");

            migrationBuilder.CreateIndex(
                name: "IX_Submissions_Status_Id",
                table: "Submissions",
                columns: new[] { "Status", "Id" });
        }
    }
}
