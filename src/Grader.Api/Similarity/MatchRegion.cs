using System.Text.Json;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Api.Similarity;

/// <summary>
/// Where a match lies in one submission: character offsets (start inclusive, end exclusive) and the same as lines and
/// columns, both from 1 (the end column is the one after the last matching character).
/// </summary>
public sealed record CodeSpan(int Start, int End, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static CodeSpan In(SourceText text, int start, int end)
    {
        var from = text.Lines.GetLinePosition(Math.Clamp(start, 0, text.Length));
        var to = text.Lines.GetLinePosition(Math.Clamp(end, 0, text.Length));
        return new CodeSpan(start, end, from.Line + 1, from.Character + 1, to.Line + 1, to.Character + 1);
    }
}

/// <summary>One matching region: the code in the first submission and the code in the second that match.</summary>
public sealed record MatchRegion(CodeSpan First, CodeSpan Second)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Write(IReadOnlyList<MatchRegion> regions) => JsonSerializer.Serialize(regions, Options);

    public static IReadOnlyList<MatchRegion> Read(string json) => JsonSerializer.Deserialize<List<MatchRegion>>(json, Options) ?? [];
}
