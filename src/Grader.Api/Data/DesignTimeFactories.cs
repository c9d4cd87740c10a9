using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Grader.Api.Data;

// Used only by `dotnet ef migrations add`, which needs a context of each provider without starting the service.

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGraderDb>
{
    public SqliteGraderDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGraderDb>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGraderDb>
{
    public PostgresGraderDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGraderDb>().UseNpgsql("Host=localhost;Database=grader").Options);
}
