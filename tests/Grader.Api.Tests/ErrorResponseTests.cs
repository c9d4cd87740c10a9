using System.Net;
using System.Text.Json;
using Grader.Sandbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Grader.Api.Tests;

/// <summary>
/// Only a bug is a 500, logged with the request's trace id that the answer carries too; an unavailable dependency is a
/// 503 with Retry-After that names it. The failures are raised behind every endpoint, inside the real pipeline.
/// </summary>
public sealed class ErrorResponseTests
{
    [Fact]
    public async Task A_bug_answers_500_with_the_trace_id_that_its_log_line_carries_and_no_stack_trace()
    {
        await using var api = new FailingApi();
        await api.InitializeAsync();

        var response = await api.Instructor().GetAsync("/test/bug");

        await Problem.AssertAsync(response, HttpStatusCode.InternalServerError, "Internal server error");
        var body = await response.Content.ReadAsStringAsync();
        var traceId = JsonDocument.Parse(body).RootElement.GetProperty("traceId").GetString()!;
        Assert.DoesNotContain("at Grader", body, StringComparison.Ordinal);
        Assert.DoesNotContain(FailingApi.BugMessage, body, StringComparison.Ordinal);
        var logged = Assert.Single(api.Logs.Lines, l => l.Exception?.Message == FailingApi.BugMessage);
        Assert.Equal(LogLevel.Error, logged.Level);
        Assert.Contains(traceId, logged.Message, StringComparison.Ordinal);
        Assert.Contains("GET /test/bug", logged.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_grading_pool_that_is_not_ready_answers_503_with_retry_after_naming_it()
    {
        await using var api = new FailingApi();
        await api.InitializeAsync();

        var response = await api.Instructor().GetAsync("/test/pool");

        await Problem.AssertAsync(response, HttpStatusCode.ServiceUnavailable, "Grading pool unavailable");
        Assert.InRange(response.Headers.RetryAfter?.Delta?.TotalSeconds ?? 0, 1, 60);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("grading pool", body.RootElement.GetProperty("dependency").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("traceId").GetString()));
        Assert.DoesNotContain(api.Logs.Lines, l => l.Message.Contains("answered 500", StringComparison.Ordinal));
    }

    /// <summary>The service with two extra routes at the end of its pipeline, behind authentication and the exception handler.</summary>
    private sealed class FailingApi : LoggedApiFactory
    {
        public const string BugMessage = "A deliberate bug for the test.";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingRoutes>());
        }
    }

    private sealed class FailingRoutes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Run(context => context.Request.Path.Value switch
            {
                "/test/bug" => throw new InvalidOperationException(FailingApi.BugMessage),
                "/test/pool" => throw new SandboxUnavailableException("The sandbox pool has stopped."),
                _ => Task.CompletedTask,
            });
        };
    }
}
