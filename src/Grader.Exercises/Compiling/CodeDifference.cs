using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Exercises.Compiling;

/// <summary>
/// Where two snippets differ in anything but comments and layout: a translated starter must compile exactly like the
/// original. Tokens inside directives and skipped text count too, so nothing can hide in what the parser set aside.
/// </summary>
internal static class CodeDifference
{
    /// <summary>The 1-based line of <paramref name="variant"/> where its code first differs, or null if only comments and whitespace do.</summary>
    public static int? FirstLine(string original, string variant)
    {
        var variantTree = CSharpSyntaxTree.ParseText(variant, SnippetCompiler.ParseOptions);
        using var expected = Tokens(CSharpSyntaxTree.ParseText(original, SnippetCompiler.ParseOptions)).GetEnumerator();
        foreach (var token in Tokens(variantTree))
        {
            if (!expected.MoveNext() || !expected.Current.IsKind(token.Kind()) || expected.Current.Text != token.Text)
            {
                return token.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            }
        }

        // Both end with an end-of-file token, so matching to here means neither has more.
        return null;
    }

    private static IEnumerable<SyntaxToken> Tokens(SyntaxTree tree) => tree.GetRoot().DescendantTokens(descendIntoTrivia: true);
}
