namespace Grader.Api.Pages.Review;

/// <summary>A run of one line's code, inside a matching region (its number) or not.</summary>
public sealed record CodePiece(string Text, int? Region);

/// <summary>
/// Cuts a submission's code into lines of pieces, each inside one matching region or outside all, for the side-by-side
/// page to mark. Only text: the page writes every piece encoded, so nothing in the code can become markup.
/// </summary>
public static class HighlightedCode
{
    public static IReadOnlyList<IReadOnlyList<CodePiece>> Lines(string code, IReadOnlyList<(int Start, int End)> regions)
    {
        var owner = new int[code.Length];
        Array.Fill(owner, -1);
        for (var r = 0; r < regions.Count; r++)
        {
            for (var i = Math.Max(0, regions[r].Start); i < Math.Min(code.Length, regions[r].End); i++)
            {
                owner[i] = r;
            }
        }

        var lines = new List<IReadOnlyList<CodePiece>>();
        var line = new List<CodePiece>();
        var start = 0;
        for (var i = 0; i <= code.Length; i++)
        {
            var endOfLine = i == code.Length || code[i] == '\n';
            if (i > start && (endOfLine || owner[i] != owner[start]))
            {
                line.Add(new CodePiece(code[start..i].TrimEnd('\r'), owner[start] < 0 ? null : owner[start]));
                start = i;
            }

            if (endOfLine)
            {
                lines.Add(line);
                line = [];
                start = i + 1;
            }
        }

        if (lines.Count > 1 && lines[^1].Count == 0 && code.EndsWith('\n'))
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return lines;
    }
}
