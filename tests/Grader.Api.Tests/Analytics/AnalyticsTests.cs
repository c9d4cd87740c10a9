using System.Net;
using System.Net.Http.Json;
using System.Xml.Linq;
using Grader.Api.Analytics;

namespace Grader.Api.Tests;

/// <summary>Per-exercise analytics over real graded submissions: the numbers, both languages, the charts, the CSV, the overview.</summary>
public sealed class AnalyticsTests(AnalyticsServer api) : IClassFixture<AnalyticsServer>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task An_exercises_analytics_count_students_attempts_scores_misconceptions_compiler_errors_and_failed_hidden_cases_but_not_staffs_tries()
    {
        var (ta, _, _) = await api.NewUserAsync("ta");
        var (retrier, _, _) = await api.NewUserAsync();
        var (solver, _, _) = await api.NewUserAsync();
        var (stuck, _, _) = await api.NewUserAsync();
        var wrongAxis = await Submit.GradedAsync(retrier, Analyzed.WrongAxis);
        await Submit.GradedAsync(retrier, Submit.HonestCumsum);
        await Submit.GradedAsync(solver, Submit.HonestCumsum);
        var broken = await Submit.GradedAsync(stuck, Submit.MissingSemicolon);
        await Submit.GradedAsync(ta, Analyzed.WrongAxis);

        var analytics = (await ta.GetFromJsonAsync<ExerciseAnalytics>("/exercises/cumsum/analytics", Json.Options))!;
        var chinese = (await api.ClientWithToken(GraderApiFactory.InstructorToken, "zh-TW").GetFromJsonAsync<ExerciseAnalytics>("/exercises/cumsum/analytics", Json.Options))!;

        Assert.Equal((3, 4, 1, 2, 0.5), (analytics.Students, analytics.Submissions, analytics.AcceptedFirstTry, analytics.AcceptedEventually, analytics.Difficulty));
        Assert.Equal([("1", 1), ("2", 1)], analytics.AttemptsUntilAccepted.Where(b => b.Count > 0).Select(b => (b.Label, b.Count)));
        Assert.Equal("10+", analytics.AttemptsUntilAccepted[^1].Label);
        Assert.Equal(5, analytics.MaxScore);
        Assert.Equal([("0", 1), ("5", 2)], analytics.Scores.Where(b => b.Count > 0).Select(b => (b.Label, b.Count)));
        Assert.Equal(4, analytics.VerdictsByHour.Sum(h => h.Total));

        var misconception = Assert.Single(analytics.Misconceptions);
        Assert.Equal(("wrong-axis", 1, 1, wrongAxis.Id), (misconception.Id, misconception.Submissions, misconception.Students, misconception.ExampleSubmissionId));
        Assert.StartsWith("You reduced along axis 1", misconception.Label, StringComparison.Ordinal);
        Assert.StartsWith("你沿著第 1 軸", Assert.Single(chinese.Misconceptions).Label, StringComparison.Ordinal);

        var compileError = Assert.Single(analytics.CompileErrors);
        Assert.Equal(("CS1002", 1, broken.Id), (compileError.Id, compileError.Submissions, compileError.ExampleSubmissionId));
        Assert.Contains("; expected", compileError.Label, StringComparison.Ordinal);

        // The wrong axis fails the three hidden cases (numbers 3 to 5); the compile error fails none of them.
        Assert.Equal([3, 4, 5], analytics.HiddenCases.Select(c => c.Number).Order());
        Assert.All(analytics.HiddenCases, c => Assert.Equal(1, c.Submissions));
        Assert.Contains(analytics.HiddenCases, c => c.Name == "tall matrix with one column");
        Assert.Contains(chinese.HiddenCases, c => c.Name == "只有一行的高矩陣");
        Assert.True(analytics.MedianGradingMs > 0);
        Assert.Equal("非降維加總與累積和", chinese.Title);

        var students = (await ta.GetFromJsonAsync<List<StudentAnalytics>>("/exercises/cumsum/analytics/students", Json.Options))!;
        Assert.Equal(new (int, int?, int)[] { (2, 2, 5), (1, 1, 5), (1, null, 0) }, students.OrderByDescending(s => s.Submissions).ThenBy(s => s.AttemptsUntilAccepted is null).Select(s => (s.Submissions, s.AttemptsUntilAccepted, s.BestScore!.Value)));

        // Other tests of this class use other exercises; the overview ranks every exercise, hardest first.
        var overview = (await ta.GetFromJsonAsync<ChapterOverview>("/analytics/exercises", Json.Options))!;
        var cumsum = overview.Exercises.Single(e => e.ExerciseId == "cumsum");
        Assert.Equal((3, 1, 2, 0.5, 1.5), (cumsum.Students, cumsum.AcceptedFirstTry, cumsum.AcceptedEventually, cumsum.Difficulty!.Value, cumsum.MeanAttemptsUntilAccepted!.Value));
        Assert.Equal(Enumerable.Range(1, overview.Exercises.Count), overview.Exercises.Select(e => e.Rank));
        Assert.Equal(overview.Exercises.Select(e => e.Difficulty ?? -1).OrderDescending(), overview.Exercises.Select(e => e.Difficulty ?? -1));
        Assert.Contains(overview.Exercises, e => e.ExerciseId == "norms" && e.Students == 0 && e.Difficulty is null);
        Assert.Contains("1/n", overview.Difficulty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_charts_are_svg_documents_with_a_title_and_a_description_in_the_language_asked_for()
    {
        var (student, _, _) = await api.NewUserAsync();
        await Submit.GradedAsync(student, Analyzed.DotProductAdded, "dot-product");
        var ta = api.Instructor();

        foreach (var chart in AnalyticsCharts.Names)
        {
            foreach (var (language, title) in new[] { ("en", "Submissions until accepted"), ("zh-TW", "通過前的繳交次數") })
            {
                var response = await ta.GetAsync($"/exercises/dot-product/analytics/charts/{chart}.svg?lang={language}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
                Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
                var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
                Assert.Equal(Svg + "svg", svg.Name);
                Assert.Equal(language, svg.Attribute("lang")!.Value);
                Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "title")!.Value));
                Assert.False(string.IsNullOrWhiteSpace(svg.Element(Svg + "desc")!.Value));
                Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "foreignObject");
                if (chart == "attempts")
                {
                    Assert.Equal(title, svg.Element(Svg + "title")!.Value);
                }
            }
        }

        var misconceptions = XDocument.Parse(await ta.GetStringAsync("/exercises/dot-product/analytics/charts/misconceptions.svg?lang=zh-TW")).Root!;
        Assert.Contains(misconceptions.Descendants(Svg + "text"), t => t.Value.StartsWith("你把向量相加了", StringComparison.Ordinal));
        Assert.Contains(misconceptions.Descendants(Svg + "text"), t => t.Value == "出現的繳交次數");
        var hours = XDocument.Parse(await ta.GetStringAsync("/exercises/dot-product/analytics/charts/verdicts-by-hour.svg?lang=en")).Root!;
        Assert.Contains(hours.Descendants(Svg + "text"), t => t.Value == "Wrong answer");
        Assert.Contains(hours.Descendants(Svg + "text"), t => t.Value == "Hour submitted (UTC)");
        var empty = XDocument.Parse(await ta.GetStringAsync("/exercises/norms/analytics/charts/scores.svg?lang=en")).Root!;
        Assert.Contains(empty.Descendants(Svg + "text"), t => t.Value == "No submissions yet.");
    }

    [Fact]
    public async Task The_CSV_has_every_number_and_text_cells_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        var instructor = api.Instructor();
        var hostile = new[] { "=HYPERLINK(\"http://evil.example\",\"grades\")", "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)" };
        var ids = new List<int>();
        foreach (var name in hostile)
        {
            var (student, _, id) = await api.NewUserAsync();
            var renamed = await instructor.PatchAsJsonAsync($"/users/{id}", new { displayName = name });
            Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
            await Submit.GradedAsync(student, Analyzed.HonestMatrixVector, "matrix-vector");
            ids.Add(id);
        }

        var studentsCsv = await instructor.GetAsync("/exercises/matrix-vector/analytics/students?format=csv");
        var text = await studentsCsv.Content.ReadAsStringAsync();
        var byAccept = new HttpRequestMessage(HttpMethod.Get, "/exercises/matrix-vector/analytics");
        byAccept.Headers.Accept.ParseAdd("text/csv");
        var exerciseBytes = await (await instructor.SendAsync(byAccept)).Content.ReadAsByteArrayAsync();
        var exerciseCsv = System.Text.Encoding.UTF8.GetString(exerciseBytes);

        Assert.Equal("text/csv", studentsCsv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("attachment", studentsCsv.Content.Headers.ContentDisposition?.ToString() ?? "", StringComparison.Ordinal);
        var lines = text.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("userId,userName,displayName,submissions,attemptsUntilAccepted,bestScore,maxScore", lines[0]);
        foreach (var (name, id) in hostile.Zip(ids))
        {
            var cells = Assert.Single(lines, l => l.StartsWith($"{id},", StringComparison.Ordinal));
            var displayName = Cells(cells)[2];
            Assert.Equal("'" + name, displayName);
        }

        Assert.Equal([0xEF, 0xBB, 0xBF], exerciseBytes[..3]); // a byte-order mark, so spreadsheets read UTF-8
        Assert.StartsWith("\uFEFFsection,key,label,count,students,exampleSubmissionId\r\n", exerciseCsv, StringComparison.Ordinal);
        Assert.Contains("\r\nsummary,students,,4,,\r\n", exerciseCsv, StringComparison.Ordinal);
        Assert.Contains("\r\nattempts,1,,4,,\r\n", exerciseCsv, StringComparison.Ordinal);
        Assert.Contains("\r\nsummary,difficulty,,0,,\r\n", exerciseCsv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_an_assignment_only_submissions_in_its_window_count()
    {
        var instructor = api.Instructor();
        var assignment = Assignments.NewId();
        var created = await instructor.PostAsJsonAsync("/assignments", new
        {
            id = assignment,
            title = new { en = "Vectors", zhTW = "向量" },
            exercises = new[] { new { exerciseId = "vector-basics", points = 5 }, new { exerciseId = "matrix-transpose", points = 5 } },
            opensAt = Assignments.Due.AddDays(-14),
            dueAt = Assignments.Due,
            lateUntil = Assignments.Due.AddDays(2),
            lateCreditPercent = 50,
            counts = "last",
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var (early, _, _) = await api.NewUserAsync();
        var (late, _, _) = await api.NewUserAsync();
        const string exercise = "vector-basics";
        await Assignments.SubmitAtAsync(api, early, Analyzed.HonestVectorBasics, Assignments.Due.AddDays(-20), exercise); // before it opened
        await Assignments.SubmitAtAsync(api, early, Submit.MissingSemicolon, Assignments.Due.AddDays(-1), exercise);
        await Assignments.SubmitAtAsync(api, late, Analyzed.HonestVectorBasics, Assignments.Due.AddDays(1), exercise); // in the late window
        await Assignments.SubmitAtAsync(api, late, Analyzed.HonestVectorBasics, Assignments.Due.AddDays(5), exercise); // after it

        var scoped = (await instructor.GetFromJsonAsync<ExerciseAnalytics>($"/exercises/{exercise}/analytics?assignmentId={assignment}", Json.Options))!;
        var whole = (await instructor.GetFromJsonAsync<ExerciseAnalytics>($"/exercises/{exercise}/analytics", Json.Options))!;
        var overview = (await instructor.GetFromJsonAsync<ChapterOverview>($"/analytics/exercises?assignmentId={assignment}", Json.Options))!;

        Assert.Equal((assignment, 2, 2, 1), (scoped.AssignmentId, scoped.Students, scoped.Submissions, scoped.AcceptedFirstTry));
        Assert.Equal((2, 4), (whole.Students, whole.Submissions));
        Assert.Equal([exercise, "matrix-transpose"], overview.Exercises.Select(e => e.ExerciseId));
        Assert.Equal((2, 0.5), (overview.Exercises[0].Students, overview.Exercises[0].Difficulty!.Value));
        Assert.All(scoped.VerdictsByHour, h => Assert.InRange(h.Hour, Assignments.Due.AddDays(-14).UtcDateTime, Assignments.Due.AddDays(2).UtcDateTime));
    }

    private static string[] Cells(string line)
    {
        // Enough of RFC 4180 for these rows: quoted cells with doubled quotes.
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                cell.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }

        cells.Add(cell.ToString());
        return [.. cells];
    }
}
