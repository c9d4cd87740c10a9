using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Api.Health;

internal static class HealthApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>
    /// <c>/health/live</c>: the process answers. <c>/health/ready</c>: the database is reachable and workers are up,
    /// with the sandbox's active confinement layers (a degraded sandbox shows as Degraded).
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync }).AllowAnonymous();
        routes.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready"), ResponseWriter = WriteAsync }).AllowAnonymous();
        return routes;
    }

    /// <summary>Registers what the health endpoints need besides the checks themselves.</summary>
    public static IServiceCollection AddHealthLogging(this IServiceCollection services) =>
        services.AddSingleton<HealthTransitions>();

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        // The framework's own line per failing probe is turned off in appsettings.json; state changes are logged here.
        context.RequestServices.GetRequiredService<HealthTransitions>().Observe(report);
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(
                e => e.Key,
                e => new { status = e.Value.Status.ToString(), description = e.Value.Description, data = e.Value.Data }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, Json));
    }
}
