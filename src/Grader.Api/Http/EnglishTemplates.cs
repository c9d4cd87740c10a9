using System.Text.RegularExpressions;
using Grader.Exercises;

namespace Grader.Api.Http;

/// <summary>
/// Recognises a sentence the framework wrote in English from its template (holes <c>{0}</c>, <c>{1}</c>) and writes
/// it again from the template's Chinese twin, with the same values in the holes.
/// </summary>
internal sealed partial class EnglishTemplates(IEnumerable<LocalizedText> templates)
{
    private readonly IReadOnlyList<(Regex English, LocalizedText Template)> patterns =
        [.. templates.Select(t => (new Regex("^" + Hole().Replace(Regex.Escape(t.En), m => $"(?<h{m.Groups[1].Value}>.*?)") + "$", RegexOptions.Singleline), t))];

    /// <summary>The message in both languages, or null when it matches no template.</summary>
    public LocalizedText? Translate(string message)
    {
        foreach (var (english, template) in patterns)
        {
            var match = english.Match(message);
            if (match.Success)
            {
                return new LocalizedText(message, Hole().Replace(template.ZhTw, m => match.Groups["h" + m.Groups[1].Value].Value));
            }
        }

        return null;
    }

    [GeneratedRegex(@"\\?\{([0-9])\}")]
    private static partial Regex Hole();
}
