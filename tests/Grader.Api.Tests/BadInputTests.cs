using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Grader.Api.Tests;

/// <summary>Everything a client can get wrong gets a specific 4xx ProblemDetails, and nothing is stored.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(SharedApi api)
{
    [Fact]
    public async Task An_unknown_exercise_is_404()
    {
        var (student, _, _) = await api.NewUserAsync();

        var detail = await Problem.AssertAsync(await Submit.TextAsync(student, Submit.HonestCumsum, exercise: "cumsun"), HttpStatusCode.NotFound, "Unknown exercise");

        Assert.Contains("cumsun", detail);
        await Problem.AssertAsync(await student.GetAsync("/exercises/cumsun"), HttpStatusCode.NotFound, "Unknown exercise");
        await AssertNothingStoredAsync(student);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public async Task Empty_code_is_400(string code)
    {
        var (student, _, _) = await api.NewUserAsync();

        await Problem.AssertAsync(await Submit.TextAsync(student, code), HttpStatusCode.BadRequest, "Empty code");
        await Problem.AssertAsync(await Submit.JsonAsync(student, code), HttpStatusCode.BadRequest, "Empty code");
        await AssertNothingStoredAsync(student);
    }

    [Fact]
    public async Task Code_over_the_size_limit_is_413()
    {
        var (student, _, _) = await api.NewUserAsync();
        var huge = Submit.HonestCumsum + "\n// " + new string('x', 70 * 1024);

        await Problem.AssertAsync(await Submit.TextAsync(student, huge), HttpStatusCode.RequestEntityTooLarge, "Code too long");
        await Problem.AssertAsync(await Submit.JsonAsync(student, huge), HttpStatusCode.RequestEntityTooLarge, "Code too long");
        await AssertNothingStoredAsync(student);
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_413()
    {
        var (student, _, _) = await api.NewUserAsync();
        using var form = new MultipartFormDataContent();
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(Submit.HonestCumsum + "\n// " + new string('x', 100 * 1024))), "file", "big.cs");

        await Problem.AssertAsync(await student.PostAsync("/exercises/cumsum/submissions", form), HttpStatusCode.RequestEntityTooLarge, "Code too long");
        await AssertNothingStoredAsync(student);
    }

    [Fact]
    public async Task A_form_without_exactly_one_file_is_400()
    {
        var (student, _, _) = await api.NewUserAsync();
        using var form = new MultipartFormDataContent { { new StringContent(Submit.HonestCumsum), "code" } };

        await Problem.AssertAsync(await student.PostAsync("/exercises/cumsum/submissions", form), HttpStatusCode.BadRequest, "One file expected");
        await AssertNothingStoredAsync(student);
    }

    [Theory]
    [InlineData("{\"code\": \"(Tensor sum", "Malformed JSON")]
    [InlineData("{\"cod\": \"x\"}", "Missing code")]
    [InlineData("[1, 2]", "Malformed JSON")]
    public async Task Malformed_or_incomplete_json_is_400(string body, string title)
    {
        var (student, _, _) = await api.NewUserAsync();

        var response = await student.PostAsync("/exercises/cumsum/submissions", new StringContent(body, Encoding.UTF8, "application/json"));

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest, title);
        await AssertNothingStoredAsync(student);
    }

    [Theory]
    [InlineData("application/xml")]
    [InlineData("text/plain; charset=iso-8859-1")]
    [InlineData(null)]
    public async Task An_unsupported_content_type_is_415(string? contentType)
    {
        var (student, _, _) = await api.NewUserAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(Submit.HonestCumsum));
        if (contentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        }

        var detail = await Problem.AssertAsync(await student.PostAsync("/exercises/cumsum/submissions", content), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains(contentType?.Contains("charset", StringComparison.Ordinal) == true ? "UTF-8" : "text/plain", detail);
        await AssertNothingStoredAsync(student);
    }

    [Fact]
    public async Task Invalid_utf8_is_400_with_the_offset()
    {
        var (student, _, _) = await api.NewUserAsync();
        var bytes = Encoding.UTF8.GetBytes("// caf").Concat(new byte[] { 0xE9, 0x20 }).Concat(Encoding.UTF8.GetBytes(Submit.HonestCumsum)).ToArray();
        var content = new ByteArrayContent(bytes);
        content.Headers.TryAddWithoutValidation("Content-Type", "text/plain");

        var detail = await Problem.AssertAsync(await student.PostAsync("/exercises/cumsum/submissions", content), HttpStatusCode.BadRequest, "Invalid UTF-8");

        Assert.Contains("offset 6", detail);
        await AssertNothingStoredAsync(student);
    }

    [Theory]
    [InlineData("/exercises/cumsum/submissions?wait=99")]
    [InlineData("/exercises/cumsum/submissions?wait=-1")]
    public async Task A_wait_out_of_bounds_is_400(string url)
    {
        var (student, _, _) = await api.NewUserAsync();

        await Problem.AssertAsync(await student.PostAsync(url, new StringContent(Submit.HonestCumsum)), HttpStatusCode.BadRequest, "Bad wait");
        await AssertNothingStoredAsync(student);
    }

    [Theory]
    [InlineData("/submissions?page=0", "Bad paging")]
    [InlineData("/submissions?page=30000000&pageSize=100", "Bad paging")]
    [InlineData("/submissions?pageSize=1000", "Bad paging")]
    [InlineData("/submissions?status=lost", "Unknown status")]
    [InlineData("/submissions?status=1", "Unknown status")]
    [InlineData("/submissions?status=Queued,Running", "Unknown status")]
    [InlineData("/submissions?verdict=passed", "Unknown verdict")]
    [InlineData("/submissions?verdict=3", "Unknown verdict")]
    [InlineData("/submissions?exerciseId=a%00b", "Bad filter")]
    [InlineData("/submissions/1?wait=x", "Bad request")]
    [InlineData("/exercises?topic=quantum", "Unknown topic")]
    public async Task Bad_query_values_are_400_problems(string url, string title)
    {
        var (student, _, _) = await api.NewUserAsync();

        await Problem.AssertAsync(await student.GetAsync(url), HttpStatusCode.BadRequest, title);
    }

    [Fact]
    public async Task A_route_value_of_the_wrong_type_is_a_404_problem()
    {
        var (student, _, _) = await api.NewUserAsync();

        await Problem.AssertAsync(await student.GetAsync("/submissions/abc"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Code_with_a_nul_character_is_400()
    {
        var (student, _, _) = await api.NewUserAsync();

        await Problem.AssertAsync(await Submit.TextAsync(student, Submit.HonestCumsum + "\0"), HttpStatusCode.BadRequest, "NUL");
        await AssertNothingStoredAsync(student);
    }

    [Fact]
    public async Task An_unknown_submission_is_404()
    {
        var (student, _, _) = await api.NewUserAsync();

        await Problem.AssertAsync(await student.GetAsync("/submissions/987654321"), HttpStatusCode.NotFound, "Unknown submission");
    }

    [Fact]
    public async Task Malformed_json_to_a_json_endpoint_is_a_400_problem_saying_where()
    {
        var instructor = api.Instructor();

        var response = await instructor.PostAsync("/users", new StringContent("{\"userName\": \"x\",", Encoding.UTF8, "application/json"));

        var detail = await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("JSON", detail);
    }

    [Fact]
    public async Task An_invalid_user_is_a_400_validation_problem()
    {
        var instructor = api.Instructor();

        var response = await instructor.PostAsJsonAsync("/users", new { userName = "has space", displayName = "" });

        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("UserName", body, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("DisplayName", body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task An_unknown_route_is_a_404_problem()
    {
        var (student, _, _) = await api.NewUserAsync();

        await Problem.AssertAsync(await student.GetAsync("/nothing-here"), HttpStatusCode.NotFound);
    }

    private static async Task AssertNothingStoredAsync(HttpClient student)
    {
        var page = await student.GetFromJsonAsync<Submissions.SubmissionPage>("/submissions", Json.Options);
        Assert.Equal(0, page!.TotalCount);
    }
}
