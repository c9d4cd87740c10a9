using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Api.Grading;

/// <summary>Ready when workers are up; always says which confinement layers are active on this host.</summary>
internal sealed class SandboxHealthCheck(SandboxHost sandbox) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (sandbox.Pool is not { } pool)
        {
            return Task.FromResult(sandbox.Started.IsFaulted
                ? HealthCheckResult.Unhealthy("The worker pool failed to start; see the log.")
                : HealthCheckResult.Unhealthy(
                    "Starting: loading the catalog and warming up the workers.",
                    data: new Dictionary<string, object> { [Health.HealthTransitions.Starting] = true }));
        }

        var layers = pool.Layers;
        var data = new Dictionary<string, object>
        {
            ["readyWorkers"] = pool.ReadyWorkers,
            ["workerProcesses"] = pool.WorkerProcessIds.Count,
            ["layers"] = layers.Describe(),
            ["degraded"] = layers.Degraded,
        };
        var result = pool.WorkerProcessIds.Count == 0 ? HealthCheckResult.Unhealthy("No worker process is running.", data: data)
            : layers.Degraded ? HealthCheckResult.Degraded("Workers are running, but a confinement layer is missing on this host.", data: data)
            : HealthCheckResult.Healthy($"{pool.ReadyWorkers} worker(s) idle; every confinement layer is active.", data);
        return Task.FromResult(result);
    }
}
