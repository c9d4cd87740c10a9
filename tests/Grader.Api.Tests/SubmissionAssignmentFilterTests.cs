using System.Net;
using System.Net.Http.Json;
using Grader.Api.Submissions;

namespace Grader.Api.Tests;

/// <summary>GET /submissions?assignmentId=: only submissions of the assignment's exercises (the TA list page's filter).</summary>
[Collection(ApiCollection.Name)]
public sealed class SubmissionAssignmentFilterTests(SharedApi api)
{
    [Fact]
    public async Task The_assignment_filter_keeps_its_exercises_submissions_and_refuses_an_unknown_assignment()
    {
        var assignment = await Assignments.CreateAsync(api.Instructor()); // cumsum and sum-keepdims
        var (student, userName, _) = await api.NewUserAsync();
        var inside = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var outside = await Submit.GradedAsync(student, "Tensor Solve(Tensor x) { return x; }", exercise: "dot-product");
        var (ta, _, _) = await api.NewUserAsync("ta");

        var page = await ta.GetFromJsonAsync<SubmissionPage>($"/submissions?student={userName}&assignmentId={assignment}", Json.Options);
        var unknown = await ta.GetAsync("/submissions?assignmentId=no-such-assignment");
        var bad = await ta.GetAsync("/submissions?assignmentId=NOT%20A%20SLUG");

        Assert.Equal([inside.Id], page!.Items.Select(i => i.Id));
        Assert.NotEqual(inside.Id, outside.Id);
        await Problem.AssertAsync(unknown, HttpStatusCode.BadRequest, "Bad filter");
        await Problem.AssertAsync(bad, HttpStatusCode.BadRequest, "Bad filter");
    }
}
