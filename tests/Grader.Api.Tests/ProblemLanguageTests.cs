using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace Grader.Api.Tests;

/// <summary>Refusals over real HTTP: the title and detail follow Accept-Language; status, type and extension fields do not.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProblemLanguageTests(SharedApi api)
{
    [Theory]
    [InlineData("zh-TW", "程式碼太長", "位元組的上限")]
    [InlineData("en", "Code too long", "bytes")]
    public async Task Code_too_long_is_refused_in_the_request_language(string language, string title, string detail)
    {
        var (student, _, _) = await api.NewUserAsync(language: language);

        var body = await AssertProblemAsync(await Submit.TextAsync(student, Submit.HonestCumsum + "\n// " + new string('x', 70 * 1024)), HttpStatusCode.RequestEntityTooLarge, language);

        AssertText(body, title, detail);
    }

    [Theory]
    [InlineData("zh-TW", "沒有這個練習", "沒有練習 'cumsun'")]
    [InlineData("en", "Unknown exercise", "There is no exercise 'cumsun'")]
    public async Task An_unknown_exercise_is_refused_in_the_request_language(string language, string title, string detail)
    {
        var (student, _, _) = await api.NewUserAsync(language: language);

        AssertText(await AssertProblemAsync(await student.GetAsync("/exercises/cumsun"), HttpStatusCode.NotFound, language), title, detail);
    }

    [Theory]
    [InlineData("zh-TW", "成績已被修改", "重新讀取")]
    [InlineData("en", "Grade changed meanwhile", "Read it again")]
    public async Task A_stale_if_match_is_refused_in_the_request_language_and_keeps_the_current_etag(string language, string title, string detail)
    {
        var (student, _, _) = await api.NewUserAsync();
        var (ta, _, _) = await api.NewUserAsync("ta", language);
        var submission = await Submit.GradedAsync(student, Submit.HonestCumsum);
        var (_, stale) = await Reviews.GradeAsync(ta, submission.Id);
        await Reviews.ChangedAsync(ta, submission.Id, new { adjustment = 1, reason = "一分" });
        var (_, current) = await Reviews.GradeAsync(ta, submission.Id);

        var body = await AssertProblemAsync(await Reviews.ChangeAsync(ta, submission.Id, stale, new { adjustment = -1, reason = "again" }), HttpStatusCode.PreconditionFailed, language);

        AssertText(body, title, detail);
        Assert.Equal(current, body.RootElement.GetProperty("currentETag").GetString());
    }

    [Theory]
    [InlineData("zh-TW", "名單未匯入", "沒有角色 'wizard'：請用 student、ta 或 instructor。")]
    [InlineData("en", "Roster refused", "Unknown role 'wizard': use student, ta or instructor.")]
    public async Task A_bad_roster_line_is_refused_in_the_request_language_with_the_same_errors_shape(string language, string title, string lineError)
    {
        var instructor = api.ClientWithToken(GraderApiFactory.InstructorToken, language);
        var csv = $"userName,displayName,role\nok{Guid.NewGuid():N},王小明,student\nx{Guid.NewGuid():N},Wizard,wizard\n";

        var body = await AssertProblemAsync(await instructor.PostAsync("/users/import", new StringContent(csv, Encoding.UTF8, "text/csv")), HttpStatusCode.BadRequest, language);

        AssertText(body, title, lineError);
        var error = Assert.Single(body.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal(lineError, error.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("zh-TW", "請求有誤", "參數 \"int page\" 無法取用值 \"many\"。")]
    [InlineData("en", "Bad request", "Failed to bind parameter \"int page\" from \"many\".")]
    public async Task A_value_that_does_not_bind_is_refused_in_the_request_language(string language, string title, string detail)
    {
        var (student, _, _) = await api.NewUserAsync(language: language);

        AssertText(await AssertProblemAsync(await student.GetAsync("/submissions?page=many"), HttpStatusCode.BadRequest, language), title, detail);
    }

    [Theory]
    [InlineData("zh-TW", "請求的資料不符合規定。", "欄位須有 1 到 ")]
    [InlineData("en", "One or more validation errors occurred.", "minimum length of 1 and a maximum length of ")]
    public async Task Validation_errors_are_written_in_the_request_language_under_the_same_keys(string language, string title, string message)
    {
        var instructor = api.ClientWithToken(GraderApiFactory.InstructorToken, language);

        var body = await AssertProblemAsync(await instructor.PostAsJsonAsync("/users", new { userName = "u" + Guid.NewGuid().ToString("N"), displayName = new string('名', 500) }), HttpStatusCode.BadRequest, language);

        Assert.Equal(title, body.RootElement.GetProperty("title").GetString());
        var (key, messages) = Assert.Single(body.RootElement.GetProperty("errors").EnumerateObject().Select(p => (p.Name, p.Value)));
        Assert.Contains("DisplayName", key, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(message, messages[0].GetString());
    }

    private static async Task<JsonDocument> AssertProblemAsync(HttpResponseMessage response, HttpStatusCode status, string language)
    {
        await Problem.AssertAsync(response, status);
        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("traceId").GetString()));
        Assert.StartsWith("https://tools.ietf.org/html/rfc", body.RootElement.GetProperty("type").GetString());
        Assert.DoesNotContain(body.RootElement.EnumerateObject(), p => p.Name.EndsWith("Text", StringComparison.OrdinalIgnoreCase)); // the other language stays home
        return body;
    }

    private static void AssertText(JsonDocument body, string title, string detail)
    {
        Assert.Equal(title, body.RootElement.GetProperty("title").GetString());
        Assert.Contains(detail, body.RootElement.GetProperty("detail").GetString());
    }
}
