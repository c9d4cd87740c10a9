using Microsoft.Playwright;

namespace Grader.Api.Tests.Pages;

/// <summary>What a reader of a page gets: its visible text and the labels a screen reader speaks, minus code and data.</summary>
public static class PageText
{
    /// <summary>
    /// Text nodes outside code, editors, <c>translate="no"</c> data (names, ids) and <c>lang="en"</c> parts (the
    /// language switch's "English"), plus aria-labels, titles, placeholders and the page's title.
    /// </summary>
    private const string Script = """
        () => {
            const skipped = el => !el || el.closest('script, style, code, pre, textarea')
                || el.closest('[translate]')?.getAttribute('translate') === 'no'
                || (el.closest('[lang]')?.getAttribute('lang') || '').startsWith('en');
            const out = [document.title];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
                const node = walker.currentNode;
                if (!skipped(node.parentElement) && node.textContent.trim()) {
                    out.push(node.textContent.trim());
                }
            }
            for (const el of document.querySelectorAll('[aria-label], [title], [placeholder]')) {
                if (!skipped(el)) {
                    for (const name of ['aria-label', 'title', 'placeholder']) {
                        if (el.hasAttribute(name)) out.push(el.getAttribute(name));
                    }
                }
            }
            for (const el of document.querySelectorAll('[data-msg-other]')) {
                for (const [key, value] of Object.entries(el.dataset)) {
                    if (key.startsWith('msg')) out.push(value);
                }
            }
            return out;
        }
        """;

    public static async Task<IReadOnlyList<string>> ReadAsync(IPage page) => await page.EvaluateAsync<string[]>(Script);

    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "is", "are", "was", "were", "be", "of", "to", "in", "on", "at", "by", "for", "with", "from",
        "and", "or", "not", "no", "your", "you", "this", "that", "it", "as", "if", "here", "there", "has", "have",
    };

    /// <summary>
    /// English left in a Chinese page: a text with an English function word ("Sign in"), three Latin words in a row, or
    /// nothing but Latin words ("Score"; not an identifier such as "int64"). Names the Chinese text keeps as they are (keepdim, float32, reshape,
    /// Frobenius) pass: they stand alone among Chinese words.
    /// </summary>
    public static IEnumerable<string> English(IEnumerable<string> texts, IReadOnlySet<string> kept) =>
        texts.Where(t => IsEnglish(t, kept)).Select(t => $"\"{t}\"");

    private static bool IsEnglish(string text, IReadOnlySet<string> kept)
    {
        var words = System.Text.RegularExpressions.Regex.Matches(text, "[A-Za-z]+").Select(m => m.Value).Where(w => !kept.Contains(w)).ToList();
        if (words.Count == 0)
        {
            return false;
        }

        // "A" alone is the tensor A, not the article; "The" and "Your" are English whatever their case.
        var onlyWords = System.Text.RegularExpressions.Regex.IsMatch(text, "^[A-Za-z][A-Za-z ,.'!?:-]*$");
        return words.Any(w => FunctionWords.Contains(w) || w.Length >= 2 && FunctionWords.Contains(w.ToLowerInvariant()))
            || System.Text.RegularExpressions.Regex.IsMatch(text, "[A-Za-z]{2,}[ ]+[A-Za-z]{2,}[ ]+[A-Za-z]{2,}")
            || onlyWords && words.Any(w => w.Length >= 3);
    }
}
