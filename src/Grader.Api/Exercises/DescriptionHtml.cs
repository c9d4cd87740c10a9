using System.Collections.Frozen;
using Ganss.Xss;
using Grader.Api.Http;
using Grader.Exercises.Catalog;
using Markdig;

namespace Grader.Api.Exercises;

/// <summary>
/// Exercise descriptions as HTML, for clients that would rather not render Markdown. Each is rendered once per
/// language when the service first needs one: the catalog does not change while it runs. The catalog is trusted, but
/// the HTML is held to an allowlist all the same, so no description can put script, frames, event handlers, styles or
/// javascript: links into a student's page.
/// </summary>
internal sealed class DescriptionHtml(ExerciseCatalog catalog)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml() // raw HTML in a description shows as text
        .UsePipeTables()
        .UseCjkFriendlyEmphasis() // **「張量」**的 is bold too: zh-TW puts emphasis beside full-width punctuation
        .Build();

    /// <summary>What the pipeline above can write, and nothing else.</summary>
    private static readonly HtmlSanitizer Sanitizer = new(Allowed());

    private readonly FrozenDictionary<(string Id, string Language), string> html = catalog.Exercises
        .SelectMany(e => new[] { Language.English, Language.TraditionalChinese }.Select(language => (e, language)))
        .ToFrozenDictionary(x => (x.e.Id, x.language), x => Render(x.e.Description.In(x.language)));

    /// <param name="language">A language from <see cref="Language.Negotiate"/>.</param>
    public string For(Exercise exercise, string language) => html[(exercise.Id, language)];

    internal static string Render(string markdown) => Sanitizer.Sanitize(Markdown.ToHtml(markdown, Pipeline));

    private static HtmlSanitizerOptions Allowed()
    {
        var options = HtmlSanitizerOptions.Empty();
        options.AllowedTags.UnionWith([
            "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "em", "strong", "code", "pre", "blockquote",
            "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
        ]);
        options.AllowedAttributes.UnionWith(["href", "title", "start"]);
        options.UriAttributes.Add("href");
        options.AllowedSchemes.UnionWith(["http", "https", "mailto"]);
        return options;
    }
}
