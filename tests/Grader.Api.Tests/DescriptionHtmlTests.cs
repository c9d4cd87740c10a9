using AngleSharp.Html.Parser;
using Grader.Api.Exercises;

namespace Grader.Api.Tests;

/// <summary>
/// The description renderer. On Markdown no catalog author should write, whatever gets in, the HTML has no script,
/// frame, image, style, event handler or link other than http, https, mailto or relative (raw HTML shows as text).
/// </summary>
public sealed class DescriptionHtmlTests
{
    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[x](JaVaScRiPt:alert(1))")]
    [InlineData("[x](  javascript&#58;alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x]: javascript:alert(1)\n\nsee [x]")]
    [InlineData("[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[x](vbscript:msgbox(1))")]
    [InlineData("![x](javascript:alert(1))")]
    [InlineData("![x](https://example.com/track.png)")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("text <script>alert(1)</script> inline")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("a <img src=x onerror=alert(1)> b")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>")]
    [InlineData("<a href=\"javascript:alert(1)\" onclick=\"alert(1)\">x</a>")]
    [InlineData("<div style=\"position:fixed;inset:0\">x</div>")]
    [InlineData("<svg onload=alert(1)>")]
    [InlineData("| a | b |\n|--:|:-:|\n| 1 | 2 |")]
    public void Hostile_markdown_gets_no_active_content_through(string markdown)
    {
        var html = DescriptionHtml.Render(markdown);

        var document = new HtmlParser().ParseDocument($"<body>{html}</body>");
        var elements = document.Body!.QuerySelectorAll("*");
        Assert.All(elements, e => Assert.DoesNotContain(e.LocalName, new[] { "script", "iframe", "img", "svg", "style", "object", "embed", "form" }));
        Assert.All(elements.SelectMany(e => e.Attributes), a => Assert.Contains(a.Name, new[] { "href", "title", "start" }));
        Assert.All(
            elements.Select(e => e.GetAttribute("href")).OfType<string>(),
            href => Assert.Matches("^(https?:|mailto:|[^:]*$)", href));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Raw_html_in_a_description_is_shown_as_text()
    {
        var html = DescriptionHtml.Render("Use <b>bold</b> and <script>alert(1)</script>.");

        Assert.Contains("&lt;b&gt;bold&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Tables_emphasis_code_lists_and_safe_links_are_rendered()
    {
        var html = DescriptionHtml.Render("""
            A **bold** and *slanted* `A.sum(0)`, see [notes](https://d2l.ai) and [mail](mailto:ta@example.edu).

            1. first
            2. second

            | h | Aᵀ |
            |---|---:|
            | 1 | 2 |

            ```
            h=0.10000
            ```

            這是**「張量」**的定義。
            """);

        Assert.Contains("<strong>bold</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>slanted</em>", html, StringComparison.Ordinal);
        Assert.Contains("<code>A.sum(0)</code>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://d2l.ai\">notes</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"mailto:ta@example.edu\">mail</a>", html, StringComparison.Ordinal);
        Assert.Contains("<ol>", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>2</td>", html, StringComparison.Ordinal);
        Assert.Contains("<pre><code>h=0.10000", html, StringComparison.Ordinal);
        Assert.Contains("<strong>「張量」</strong>", html, StringComparison.Ordinal);
    }
}
