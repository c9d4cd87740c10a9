using System.Net;
using System.Net.Http.Json;
using Grader.Api.Submissions;
using Grader.Api.Users;
using Grader.Exercises.Grading;

namespace Grader.Api.Tests;

/// <summary>Query values take the spellings the API itself writes (snake_case, as in JSON), in any case.</summary>
[Collection(ApiCollection.Name)]
public sealed class QueryEnumTests(SharedApi api)
{
    [Theory]
    [InlineData("student")]
    [InlineData("Student")]
    [InlineData("STUDENT")]
    public async Task Users_are_filtered_by_role_as_json_spells_it(string role)
    {
        var (ta, _, _) = await api.NewUserAsync("ta");
        var (_, studentName, _) = await api.NewUserAsync();

        var users = await ta.GetFromJsonAsync<List<UserResponse>>($"/users?role={role}", Json.Options);

        Assert.Contains(users!, u => u.UserName == studentName);
        Assert.All(users!, u => Assert.Equal(Data.Role.Student, u.Role));
    }

    [Fact]
    public async Task An_unknown_role_is_a_400_problem_naming_the_spellings()
    {
        var (ta, _, _) = await api.NewUserAsync("ta");

        var detail = await Problem.AssertAsync(await ta.GetAsync("/users?role=teacher"), HttpStatusCode.BadRequest, "Unknown role");

        Assert.Contains("student, ta, instructor", detail, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("wrong_answer")]
    [InlineData("WrongAnswer")]
    public async Task Submissions_are_filtered_by_verdict(string verdict)
    {
        var (student, _, _) = await api.NewUserAsync();
        var wrong = await Submit.GradedAsync(student, Submit.KeepdimMissing);
        var right = await Submit.GradedAsync(student, Submit.HonestCumsum);

        var page = await student.GetFromJsonAsync<SubmissionPage>($"/submissions?verdict={verdict}", Json.Options);

        Assert.Equal(Verdict.WrongAnswer, wrong.Verdict);
        Assert.Equal(Verdict.Accepted, right.Verdict);
        Assert.Equal([wrong.Id], page!.Items.Select(i => i.Id));
    }
}
