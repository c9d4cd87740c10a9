using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Grader.Api.Data;
using Grader.Exercises.Grading;

namespace Grader.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class SubmissionTests(SharedApi api)
{
    [Fact]
    public async Task An_honest_cumsum_sent_as_json_is_accepted_with_full_score()
    {
        var (student, userName, _) = await api.NewUserAsync();

        var response = await Submit.JsonAsync(student, Submit.HonestCumsum);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var submission = await Submit.ReadAsync(response);
        Assert.Equal($"/submissions/{submission.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(SubmissionStatus.Completed, submission.Status);
        Assert.Equal(Verdict.Accepted, submission.Verdict);
        Assert.Equal(5, submission.MaxScore);
        Assert.Equal(submission.MaxScore, submission.Score);
        Assert.Equal(userName, submission.Student.UserName);
        Assert.All(submission.Cases!, c => Assert.Equal(Verdict.Accepted, c.Verdict));
        Assert.Null(submission.Seed);
    }

    [Fact]
    public async Task A_wrong_answer_gets_the_checkers_message()
    {
        var (student, _, _) = await api.NewUserAsync();

        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);

        Assert.Equal(Verdict.WrongAnswer, submission.Verdict);
        Assert.True(submission.Score < submission.MaxScore);
        var first = submission.Cases![0];
        Assert.Equal(Verdict.WrongAnswer, first.Verdict);
        Assert.Contains("keepdim", first.Message);
        Assert.Contains("(1, 2)", first.Message);
    }

    [Fact]
    public async Task The_summary_and_the_number_field_count_cases_from_one()
    {
        var (student, _, _) = await api.NewUserAsync();

        var submission = await Submit.GradedAsync(student, Submit.KeepdimMissing);

        Assert.Equal(Enumerable.Range(1, submission.Cases!.Count), submission.Cases.Select(c => c.Number));
        Assert.Equal(Enumerable.Range(0, submission.Cases.Count), submission.Cases.Select(c => c.Index));
        var failed = submission.Cases.First(c => c.Verdict != Verdict.Accepted);
        Assert.Contains($"Case {failed.Number}: ", submission.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_compile_error_names_its_line()
    {
        var (student, _, _) = await api.NewUserAsync();

        var submission = await Submit.GradedAsync(student, Submit.MissingSemicolon);

        Assert.Equal(Verdict.CompilationError, submission.Verdict);
        Assert.Equal(0, submission.Score);
        var error = Assert.Single(submission.Diagnostics!, d => d.Severity == "Error");
        Assert.Equal("CS1002", error.Id);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public async Task A_text_plain_snippet_needs_no_escaping()
    {
        var (student, _, _) = await api.NewUserAsync();
        const string withQuotesAndNewlines = """
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var label = "sum \"along\" axis 0";
                return (A.sum(0, keepdim: true), A.cumsum(0));
            }
            """;

        var submission = await Submit.GradedAsync(student, withQuotesAndNewlines);

        Assert.Equal(Verdict.Accepted, submission.Verdict);
        Assert.Equal(withQuotesAndNewlines, submission.Code);
    }

    [Fact]
    public async Task A_cs_file_upload_is_graded()
    {
        var (student, _, _) = await api.NewUserAsync();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(Submit.HonestCumsum));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/x-csharp");
        form.Add(file, "file", "cumsum.cs");

        var response = await student.PostAsync("/exercises/cumsum/submissions?wait=10", form);

        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted);
        Assert.Equal(Verdict.Accepted, (await Submit.FinalAsync(student, (await Submit.ReadAsync(response)).Id)).Verdict);
    }

    [Fact]
    public async Task Without_wait_the_answer_is_202_and_the_grade_arrives_later()
    {
        var (student, _, _) = await api.NewUserAsync();

        var response = await Submit.TextAsync(student, Submit.HonestCumsum, wait: 0);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var accepted = await Submit.ReadAsync(response);
        Assert.NotEqual(SubmissionStatus.Completed, accepted.Status);
        Assert.Null(accepted.Verdict);
        var final = await Submit.FinalAsync(student, accepted.Id);
        Assert.Equal(Verdict.Accepted, final.Verdict);
        Assert.NotNull(final.CompletedAt);
        Assert.Equal(DateTimeKind.Utc, final.CompletedAt!.Value.Kind);
    }

    [Fact]
    public async Task Grading_messages_come_in_traditional_chinese_when_asked()
    {
        var (student, _, _) = await api.NewUserAsync(language: "zh-TW");

        var response = await Submit.TextAsync(student, Submit.KeepdimMissing);

        Assert.Equal("zh-TW", response.Content.Headers.ContentLanguage.Single());
        var submission = await Submit.FinalAsync(student, (await Submit.ReadAsync(response)).Id);
        Assert.Contains(submission.Summary!, c => c >= '\u4e00' && c <= '\u9fff');
        Assert.Contains(submission.Cases![0].Message!, c => c >= '\u4e00' && c <= '\u9fff');
    }

    [Fact]
    public async Task A_quoted_utf8_charset_is_accepted()
    {
        var (student, _, _) = await api.NewUserAsync();
        var content = new StringContent(Submit.HonestCumsum);
        content.Headers.Remove("Content-Type");
        content.Headers.TryAddWithoutValidation("Content-Type", "text/plain; charset=\"utf-8\"");

        var response = await student.PostAsync("/exercises/cumsum/submissions?wait=10", content);

        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.Accepted, $"{response.StatusCode}");
    }

    [Fact]
    public async Task My_submissions_are_listed_newest_first_and_paged()
    {
        var (student, _, _) = await api.NewUserAsync();
        var ids = new List<long>();
        foreach (var code in new[] { Submit.HonestCumsum, Submit.KeepdimMissing, Submit.MissingSemicolon })
        {
            ids.Add((await Submit.ReadAsync(await Submit.TextAsync(student, code, wait: 0))).Id);
        }

        var page = await student.GetFromJsonAsync<Submissions.SubmissionPage>("/submissions?pageSize=2", Json.Options);
        var second = await student.GetFromJsonAsync<Submissions.SubmissionPage>("/submissions?pageSize=2&page=2", Json.Options);

        Assert.Equal(3, page!.TotalCount);
        Assert.Equal([ids[2], ids[1]], page.Items.Select(i => i.Id));
        Assert.Equal([ids[0]], second!.Items.Select(i => i.Id));
    }

    [Fact]
    public async Task A_list_reads_its_columns_in_sql_without_code_or_report()
    {
        var (student, userName, _) = await api.NewUserAsync();
        await Submit.ReadAsync(await Submit.TextAsync(student, Submit.HonestCumsum));

        var sql = await api.WithDatabaseAsync(db => Task.FromResult(db.Submissions.Select(Submissions.SubmissionMapping.Summary).ToQueryString()));
        var page = await student.GetFromJsonAsync<Submissions.SubmissionPage>("/submissions", Json.Options);

        Assert.DoesNotContain("\"Code\"", sql);
        Assert.DoesNotContain("\"Report\"", sql);
        Assert.Contains("\"UserName\"", sql);
        var item = Assert.Single(page!.Items);
        Assert.Equal((userName, Verdict.Accepted, 5), (item.Student.UserName, item.Verdict, item.Score));
    }
}
