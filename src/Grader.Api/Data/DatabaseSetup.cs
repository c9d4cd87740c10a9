using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Data;

public static class DatabaseSetup
{
    public const string ConnectionStringName = "Grader";

    /// <summary>The database the configuration names: a SQLite file by default, PostgreSQL by connection string.</summary>
    public static IServiceCollection AddGraderDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(ConnectionStringName);

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is Postgres but ConnectionStrings:Grader (ConnectionStrings__Grader) is not set.");
            }

            services.AddDbContext<GraderDb, PostgresGraderDb>(db => db.UseNpgsql(connectionString));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString) ? "Data Source=App_Data/grader.db" : connectionString;
            services.AddDbContext<GraderDb, SqliteGraderDb>(db => db.UseSqlite(connectionString));
        }

        services.AddHostedService<DatabaseInitializer>();
        services.AddHealthChecks().AddDbContextCheck<GraderDb>("database", tags: ["ready"]);
        return services;
    }

    /// <summary>Creates the SQLite file's folder, applies migrations and turns on SQLite's write-ahead log.</summary>
    public static async Task PrepareDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<GraderDb>();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value;

        if (db.Database.IsSqlite())
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        if (options.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }

        if (db.Database.IsSqlite())
        {
            // Readers do not block the writer (the dispatcher saves grades while students poll).
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }
}
