using System.Globalization;
using System.Threading.RateLimiting;
using Grader.Api.Grading;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Grader.Api.Http;

internal static class RateLimits
{
    /// <summary>The policy of the submit endpoint.</summary>
    public const string Submissions = "submissions";

    /// <summary>Submissions are limited per user (token bucket), so one student's script cannot starve the class.</summary>
    public static IServiceCollection AddGraderRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        services.AddRateLimiter(options =>
        {
            options.AddPolicy(Submissions, context => RateLimitPartition.GetTokenBucketLimiter(
                context.User.Identity?.Name ?? context.Connection.RemoteIpAddress?.ToString() ?? "anonymous",
                _ => Bucket(Limits(context))));
            options.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<GradingMetrics>().Refused(StatusCodes.Status429TooManyRequests);
                var limits = Limits(context.HttpContext);
                var seconds = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 60;
                context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.WriteAsync(context.HttpContext, HttpProblems.TooManySubmissions, limits.SubmissionBurst, limits.SubmissionsPerMinute, seconds);
            };
        });
        return services;
    }

    private static RateLimitOptions Limits(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<RateLimitOptions>>().Value;

    private static TokenBucketRateLimiterOptions Bucket(RateLimitOptions limits) => new()
    {
        TokenLimit = limits.SubmissionBurst,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = TimeSpan.FromMinutes(1.0 / limits.SubmissionsPerMinute),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
