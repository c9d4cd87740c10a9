using Grader.Exercises.Catalog;
using Grader.Sandbox;
using Microsoft.Extensions.Options;

namespace Grader.Api.Grading;

internal static class GradingSetup
{
    /// <summary>The catalog, the sandbox's worker pool and the graders that feed it from the database queue.</summary>
    public static IServiceCollection AddGrading(this IServiceCollection services)
    {
        services.AddOptions<GradingOptions>().BindConfiguration(GradingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => ExerciseCatalog.Load(provider.GetRequiredService<IOptions<GradingOptions>>().Value.CatalogDirectory));
        services.AddSingleton<SubmissionSignals>();
        services.AddSingleton<Submissions.SeedKeyStore>();
        services.AddSingleton<SandboxHost>();
        services.AddHostedService(provider => provider.GetRequiredService<SandboxHost>());
        services.AddHostedService<GradingDispatcher>();
        services.AddHealthChecks().AddCheck<SandboxHealthCheck>("sandbox", tags: ["ready"]);
        return services;
    }
}
