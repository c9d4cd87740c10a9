using System.Net;
using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>The staff's analytics and similarity pages: who may open them, charts with tables, and student code shown inert.</summary>
[Collection(PagesCollection.Name)]
public sealed class AnalyticsPagesTests(SharedPagesServer api, Browser browser)
{
    /// <summary>Markup a student might hope a page renders: it must show as text.</summary>
    private const string Hostile = """
        Tensor Solve(Tensor x, Tensor y)
        {
            var note = "</svg><script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";
            var total = zeros(1);
            for (long i = 0; i < x.shape[0]; i++)
            {
                total = total + x[i] * y[i];
            }
            return total.sum();
        }
        """;

    private const string HostileRenamed = """
        Tensor Solve(Tensor x, Tensor y)
        {
            var remark = "</svg><script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">";
            var acc = zeros(1);
            for (long k = 0; k < x.shape[0]; k++) { acc = acc + x[k] * y[k]; }
            return acc.sum();
        }
        """;

    [Fact]
    public async Task A_student_gets_the_403_page_for_every_review_page_and_a_TA_cannot_start_a_run()
    {
        var (_, _, studentId) = await api.NewUserAsync();
        var (_, _, taId) = await api.NewUserAsync("ta");
        var student = PageClient.For(api);
        await student.SignInAsync(await Tokens.IssueAsync(api, studentId));
        var ta = PageClient.For(api);
        await ta.SignInAsync(await Tokens.IssueAsync(api, taId));

        foreach (var path in new[] { "/app/review/analytics", "/app/review/analytics/cumsum", "/app/review/similarity/cumsum", "/app/review/similarity/cumsum/pairs/1" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await student.Http.GetAsync(path)).StatusCode);
        }

        var page = await ta.Http.GetStringAsync("/app/review/similarity/cumsum");
        var run = await ta.PostFormAsync("/app/review/similarity/cumsum", PageClient.AntiforgeryToken(page), []);
        Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
        Assert.Contains("Only instructors start a comparison.", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await ta.Http.GetAsync("/app/review/analytics/no-such-exercise")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ta.Http.GetAsync("/app/review/similarity/cumsum/pairs/999999")).StatusCode);
    }

    [Fact]
    public async Task An_instructor_in_chinese_runs_the_comparison_and_sees_the_copied_code_side_by_side_marked_and_inert()
    {
        var (first, _, _) = await api.NewUserAsync();
        var (second, _, _) = await api.NewUserAsync();
        await Submit.GradedAsync(first, Hostile, "dot-product");
        await Submit.GradedAsync(second, HostileRenamed, "dot-product");
        var page = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await page.GotoAsync("/app/signin");
        await page.GetByLabel("權杖").FillAsync(GraderApiFactory.InstructorToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "登入", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/app");

        await page.GotoAsync("/app/review/similarity/dot-product");
        await Assertions.Expect(page.Locator(".evidence-notice")).ToContainTextAsync("不會自動扣分");
        await page.GetByRole(AriaRole.Button, new() { Name = "立即比對最新的繳交" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "並排比較" }).First.ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("並排比較");
        await Assertions.Expect(page.Locator(".evidence-notice")).ToContainTextAsync("相似度只是供人判斷的線索");
        var panes = page.Locator(".side-by-side section");
        await Assertions.Expect(panes).ToHaveCountAsync(2);
        foreach (var pane in await panes.AllAsync())
        {
            Assert.True(await pane.Locator("mark.match").CountAsync() > 0);
            await Assertions.Expect(pane.Locator(".code-lines")).ToContainTextAsync("</svg><script>window.pwned = 1</script><img src=x onerror=");
        }

        Assert.Equal(0, await page.Locator("main script, main img, main svg").CountAsync());
        Assert.True(await page.EvaluateAsync<bool>("() => window.pwned === undefined"));
    }

    [Fact]
    public async Task The_exercise_analytics_page_shows_each_chart_in_chinese_beside_a_table_of_its_numbers()
    {
        var (student, _, _) = await api.NewUserAsync();
        await Submit.GradedAsync(student, "Tensor Solve(Tensor A, Tensor x) => A.mv(x);", "matrix-vector");
        var page = await browser.NewPageAsync(api.Address, locale: "zh-TW");
        await page.GotoAsync("/app/signin");
        await page.GetByLabel("權杖").FillAsync(GraderApiFactory.InstructorToken);
        await page.GetByRole(AriaRole.Button, new() { Name = "登入", Exact = true }).ClickAsync();
        await page.WaitForURLAsync("**/app");

        await page.GotoAsync("/app/review/analytics");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("全班學習分析");
        await page.Locator("a[href^='/app/review/analytics/matrix-vector']").ClickAsync();

        var charts = page.Locator("section.chart");
        await Assertions.Expect(charts).ToHaveCountAsync(6);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "通過前的繳交次數" })).ToBeVisibleAsync();
        foreach (var chart in await charts.AllAsync())
        {
            var image = chart.Locator("img");
            await Assertions.Expect(image).ToHaveAttributeAsync("alt", new System.Text.RegularExpressions.Regex("圖旁的表格"));
            Assert.True(await image.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))") > 0);
            Assert.Equal(1, await chart.Locator("table caption").CountAsync());
        }

        await Assertions.Expect(page.Locator("section.chart").First.Locator("tbody tr").First).ToContainTextAsync("1");
    }
}
