using System.Diagnostics.Metrics;
using Grader.Api.Grading;
using Grader.Sandbox;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Grader.Api.Observability;

internal static class ObservabilitySetup
{
    /// <summary>
    /// OpenTelemetry in every role: the service's meters (<see cref="GradingMetrics"/>, the queue's depth, the sandbox
    /// pool's), ASP.NET Core's and the runtime's, for Prometheus to scrape. Traces (<see cref="GraderTracing"/> and
    /// ASP.NET Core's requests) are exported over OTLP only when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set; otherwise
    /// nothing listens to them and starting a span costs a null check.
    /// </summary>
    public static IServiceCollection AddGraderObservability(this IServiceCollection services, IConfiguration configuration, GradingRole role)
    {
        services.AddSingleton<QueueDepthGauge>();
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource
                .AddService(configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : "grader")
                .AddAttributes([new("grader.role", role.ToString())]))
            .WithMetrics(metrics => metrics
                .AddMeter(GradingMetrics.MeterName, SandboxMetrics.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddRuntimeInstrumentation()
                // An observable gauge reports once it is created: with the metrics pipeline, not at some first use.
                .AddInstrumentation(provider => provider.GetRequiredService<QueueDepthGauge>())
                .AddPrometheusExporter());

        // Meters are process-wide and the SDK listens by name. A process that hosts the service twice (the integration
        // tests do) would mix both hosts' instruments into one series, and lose it when either host stops: only this
        // host's meters (and process-wide ones, such as the runtime's) are exported.
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
        {
            var own = provider.GetRequiredService<IMeterFactory>();
            metrics.AddView(instrument =>
                instrument.Meter.Scope is null || ReferenceEquals(instrument.Meter.Scope, own) ? null : MetricStreamConfiguration.Drop);
        });

        if (configuration["OTEL_EXPORTER_OTLP_ENDPOINT"] is { Length: > 0 })
        {
            // The exporter reads the endpoint, protocol and headers from the standard OTEL_EXPORTER_OTLP_* settings.
            telemetry.WithTracing(tracing => tracing
                .AddSource(GraderTracing.SourceName)
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !IsProbe(context.Request.Path))
                .AddOtlpExporter());
        }

        return services;
    }

    /// <summary>
    /// <c>/metrics</c>, anonymous like the health endpoints: aggregates only (counts, durations, exercise ids,
    /// verdicts), never a user, a token or code. Meant for the scraper on the private network, not for the internet.
    /// </summary>
    public static IEndpointRouteBuilder MapMetrics(this IEndpointRouteBuilder routes)
    {
        routes.MapPrometheusScrapingEndpoint().AllowAnonymous().DisableHttpMetrics().ExcludeFromDescription();
        return routes;
    }

    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase);
}
