using Grader.Api.Data;
using Grader.Exercises.Catalog;
using Grader.Sandbox;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

internal static class GradingSetup
{
    /// <summary>This process's role (<c>Grading:Role</c>), read before the services are built.</summary>
    public static GradingRole Role(this IConfiguration configuration) =>
        configuration.GetValue<GradingRole?>($"{GradingOptions.Section}:{nameof(GradingOptions.Role)}") ?? GradingRole.All;

    /// <summary>
    /// The catalog and the database queue in every role; in the grader roles (All, Grader) also the sandbox's worker
    /// pool and the graders that feed it. An api-only process never starts a worker nor loads libtorch: it reads
    /// reference results that graders stored.
    /// </summary>
    public static IServiceCollection AddGrading(this IServiceCollection services, GradingRole role)
    {
        services.AddOptions<GradingOptions>().BindConfiguration(GradingOptions.Section).ValidateDataAnnotations().ValidateOnStart()
            .Validate<IOptions<DatabaseOptions>>(
                (grading, database) => grading.Role == GradingRole.All || database.Value.Provider == DatabaseProvider.Postgres,
                "Grading:Role Api or Grader needs Database:Provider Postgres: a SQLite file serves one process, so it runs with the role All.");
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => ExerciseCatalog.Load(
            provider.GetRequiredService<IOptions<GradingOptions>>().Value.CatalogDirectory, runReferences: role != GradingRole.Api));
        services.AddSingleton<SubmissionSignals>();
        services.AddSingleton<Submissions.SeedKeyStore>();
        services.AddSingleton<GradingMetrics>();
        services.AddSingleton<ReferenceResults>();
        services.AddSingleton<SubmissionClaims>();
        services.AddHostedService<QueueNotifications>();
        if (role == GradingRole.Api)
        {
            return services;
        }

        services.AddSingleton<SandboxHost>();
        services.AddHostedService(provider => provider.GetRequiredService<SandboxHost>());
        services.AddSingleton<SubmissionGrader>();
        services.AddHostedService<GradingDispatcher>();
        services.AddHealthChecks().AddCheck<SandboxHealthCheck>("sandbox", tags: ["ready"]);
        return services;
    }
}
