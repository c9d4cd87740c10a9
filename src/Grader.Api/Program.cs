using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Api.Assignments;
using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Exercises;
using Grader.Api.Grading;
using Grader.Api.Health;
using Grader.Api.Http;
using Grader.Api.Lti;
using Grader.Api.Observability;
using Grader.Api.OpenApi;
using Grader.Api.Pages;
using Grader.Api.RegradeRequests;
using Grader.Api.Rejudges;
using Grader.Api.Review;
using Grader.Api.Submissions;
using Grader.Api.Users;

var builder = WebApplication.CreateBuilder(args);
var role = builder.Configuration.Role();

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.ConfigureHttpJsonOptions(options =>
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false)));
builder.Services.AddGraderProblemDetails();
builder.Services.AddExceptionHandler<BadRequestHandler>();
builder.Services.AddExceptionHandler<UnavailableHandler>();
builder.Services.AddExceptionHandler<UnexpectedErrorHandler>(); // last: what no other handler knows is a bug
builder.Services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
builder.Services.AddValidation();
builder.Services.AddGraderDatabase();
builder.Services.AddGraderAuth();
builder.Services.AddGrading(role);
builder.Services.AddExercises();
builder.Services.AddLti(role);
builder.Services.AddGraderRateLimits();
builder.Services.AddGraderSwagger();
if (role != GradingRole.Grader)
{
    builder.Services.AddGraderPages();
}

builder.Services.AddHealthLogging();
builder.Services.AddGraderObservability(builder.Configuration, role);

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
if (role != GradingRole.Grader)
{
    app.UseGraderSwagger();
    app.UseGraderPages();
}

// Explicit, after the pages' error re-execution, so that a re-executed error page is routed afresh.
app.UseRouting();
app.UseAuthentication();
if (role != GradingRole.Grader)
{
    app.UseCookieAntiforgery();
}

app.UseAuthorization();
app.UseRateLimiter();

app.MapHealth();
app.MapMetrics();
if (role != GradingRole.Grader)
{
    // A grader-only process has no public endpoints besides health and metrics.
    app.MapExercises();
    app.MapSubmissions();
    app.MapReview();
    app.MapRejudges();
    app.MapRegradeRequests();
    app.MapAssignments();
    app.MapUsers();
    app.MapLti();
    app.MapGraderPages();
}

app.Run();

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
