using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Grader.Api.Data;

/// <summary>
/// Ready while the database answers <c>SELECT 1</c> within a few seconds; Unhealthy while it is away, and Healthy again
/// by itself when it is back. The output says what failed in a few words, never where the database is.
/// </summary>
internal sealed class DatabaseHealthCheck(GraderDb db) : IHealthCheck
{
    /// <summary>A readiness probe must answer before the supervisor's own timeout, even when the server does not.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        try
        {
            await db.Database.OpenConnectionAsync(timeout.Token);
            try
            {
                await using var command = db.Database.GetDbConnection().CreateCommand();
                command.CommandText = "SELECT 1";
                command.CommandTimeout = (int)Timeout.TotalSeconds;
                await command.ExecuteScalarAsync(timeout.Token);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return HealthCheckResult.Healthy("The database answers.");
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested)
        {
            // The log gets the exception (HealthTransitions); the output only says what kind of failure it was.
            var description = TransientDatabaseErrors.Find(error) is { } unavailable
                ? $"The database cannot be reached ({TransientDatabaseErrors.Describe(unavailable)})."
                : error is OperationCanceledException
                    ? $"The database did not answer within {Timeout.TotalSeconds:0} s."
                    : $"The database check failed ({error.GetType().Name}); see the log.";
            return HealthCheckResult.Unhealthy(description, error);
        }
    }
}
