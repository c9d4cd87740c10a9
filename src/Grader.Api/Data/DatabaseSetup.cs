using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Grader.Api.Data;

internal static class DatabaseSetup
{
    public const string ConnectionStringName = "Grader";

    /// <summary>The database the configuration names: a SQLite file by default, PostgreSQL by connection string.</summary>
    public static IServiceCollection AddGraderDatabase(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        // Both providers are registered; the configuration picks one when a context is first needed. Contexts are
        // pooled: a request or a grade borrows one instead of building one and its services, which was a tenth of the
        // API process's CPU per submission (a context holds no state of ours beyond what the pool resets).
        services.AddDbContextPool<SqliteGraderDb>((provider, db) => db.UseSqlite(ConnectionString(provider) ?? DefaultSqlite)
            .AddInterceptors(SqliteReadOnlyInterceptor.Instance, SqliteBusyTimeoutInterceptor.Instance));
        services.AddDbContextPool<PostgresGraderDb>((provider, db) => db.UseNpgsql(ConnectionString(provider)
            ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Grader (ConnectionStrings__Grader) is not set.")));
        services.AddScoped<GraderDb>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? provider.GetRequiredService<PostgresGraderDb>()
                : provider.GetRequiredService<SqliteGraderDb>());

        services.AddHostedService<DatabaseInitializer>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
        return services;
    }

    private const string DefaultSqlite = "Data Source=App_Data/grader.db";

    private static string? ConnectionString(IServiceProvider provider) =>
        provider.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName) is { Length: > 0 } configured ? configured : null;

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
