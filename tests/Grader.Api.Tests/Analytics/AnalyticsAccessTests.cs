using System.Net;

namespace Grader.Api.Tests;

/// <summary>Who may read analytics and similarity, and what bad requests get: a clear 4xx ProblemDetails, never a 500.</summary>
[Collection(ApiCollection.Name)]
public sealed class AnalyticsAccessTests(SharedApi api)
{
    private static readonly string[] StaffReads =
    [
        "/exercises/cumsum/analytics",
        "/exercises/cumsum/analytics?format=csv",
        "/exercises/cumsum/analytics/students",
        "/exercises/cumsum/analytics/charts/scores.svg",
        "/analytics/exercises",
        "/exercises/cumsum/similarity",
    ];

    [Fact]
    public async Task A_student_gets_403_from_every_analytics_and_similarity_endpoint_and_a_TA_may_not_start_a_similarity_run()
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta");
        await Submit.GradedAsync(student, Submit.HonestCumsum);

        foreach (var path in StaffReads)
        {
            await Problem.AssertAsync(await student.GetAsync(path), HttpStatusCode.Forbidden);
            await Problem.AssertAsync(await api.CreateClient().GetAsync(path), HttpStatusCode.Unauthorized);
        }

        await Problem.AssertAsync(await student.PostAsync("/exercises/cumsum/similarity", null), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await ta.PostAsync("/exercises/cumsum/similarity", null), HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await ta.GetAsync("/exercises/cumsum/analytics")).StatusCode);
    }

    [Theory]
    [InlineData("/exercises/no-such-exercise/analytics", HttpStatusCode.NotFound, "Unknown exercise")]
    [InlineData("/exercises/cumsum/analytics?format=xml", HttpStatusCode.BadRequest, "Unknown format")]
    [InlineData("/exercises/cumsum/analytics?assignmentId=no-such-assignment", HttpStatusCode.NotFound, "Unknown assignment")]
    [InlineData("/exercises/cumsum/analytics?assignmentId=..%2F..%2Fetc", HttpStatusCode.NotFound, "Unknown assignment")]
    [InlineData("/exercises/cumsum/analytics/students?format=pdf", HttpStatusCode.BadRequest, "Unknown format")]
    [InlineData("/exercises/cumsum/analytics/charts/pie.svg", HttpStatusCode.NotFound, "Unknown chart")]
    [InlineData("/exercises/cumsum/analytics/charts/scores.svg?lang=fr", HttpStatusCode.BadRequest, "Unknown language")]
    [InlineData("/exercises/nope/analytics/charts/scores.svg", HttpStatusCode.NotFound, "Unknown exercise")]
    [InlineData("/analytics/exercises?assignmentId=no-such-assignment", HttpStatusCode.NotFound, "Unknown assignment")]
    [InlineData("/exercises/cumsum/similarity?threshold=2", HttpStatusCode.BadRequest, "Threshold")]
    [InlineData("/exercises/cumsum/similarity?threshold=0.1", HttpStatusCode.BadRequest, "Threshold")]
    [InlineData("/exercises/cumsum/similarity?threshold=NaN", HttpStatusCode.BadRequest, "Threshold")]
    [InlineData("/exercises/cumsum/similarity?threshold=high", HttpStatusCode.BadRequest, null)]
    [InlineData("/exercises/cumsum/similarity?runId=abc", HttpStatusCode.BadRequest, null)]
    [InlineData("/exercises/cumsum/similarity?runId=999999", HttpStatusCode.NotFound, "No similarity run")]
    [InlineData("/exercises/no-such-exercise/similarity", HttpStatusCode.NotFound, "Unknown exercise")]
    public async Task Bad_requests_get_a_problem_saying_what_is_wrong(string path, HttpStatusCode status, string? title)
    {
        var detail = await Problem.AssertAsync(await api.Instructor().GetAsync(path), status, title);

        Assert.False(string.IsNullOrWhiteSpace(detail));
    }

    [Fact]
    public async Task An_exercise_outside_the_assignment_and_an_unknown_exercise_are_refused_when_starting_a_run()
    {
        var instructor = api.Instructor();
        var assignment = await Assignments.CreateAsync(instructor); // cumsum and sum-keepdims

        var outside = await instructor.GetAsync($"/exercises/norms/analytics?assignmentId={assignment}");
        var run = await instructor.PostAsync($"/exercises/norms/similarity?assignmentId={assignment}", null);
        var unknown = await instructor.PostAsync("/exercises/no-such-exercise/similarity", null);

        Assert.Contains("does not include 'norms'", await Problem.AssertAsync(outside, HttpStatusCode.BadRequest, "not in the assignment"), StringComparison.Ordinal);
        await Problem.AssertAsync(run, HttpStatusCode.BadRequest, "not in the assignment");
        await Problem.AssertAsync(unknown, HttpStatusCode.NotFound, "Unknown exercise");
    }
}
