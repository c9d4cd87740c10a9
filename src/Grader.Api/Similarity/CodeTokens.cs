using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Grader.Api.Similarity;

/// <summary>A token of a snippet reduced to its kind, with where it stands in the code (character offsets).</summary>
internal readonly record struct CodeToken(int Kind, int Start, int End);

/// <summary>
/// A snippet's token stream as the similarity report compares it: Roslyn's lexer alone (linear in the code's length;
/// nothing is parsed into a tree, compiled or run, so untrusted code is only read), comments, whitespace and
/// directives dropped (they are trivia), every identifier one kind and every literal one kind per sort (number, text),
/// so renaming variables or changing constants does not hide a copy.
/// </summary>
internal static class CodeTokens
{
    private const int Identifier = (int)SyntaxKind.IdentifierToken;
    private const int Number = (int)SyntaxKind.NumericLiteralToken;
    private const int Text = (int)SyntaxKind.StringLiteralToken;

    public static IReadOnlyList<CodeToken> Of(string code)
    {
        var tokens = new List<CodeToken>();
        foreach (var token in SyntaxFactory.ParseTokens(code))
        {
            if (Abstracted(token.Kind()) is { } kind)
            {
                tokens.Add(new CodeToken(kind, token.Span.Start, token.Span.End));
            }
        }

        return tokens;
    }

    private static int? Abstracted(SyntaxKind kind) => kind switch
    {
        SyntaxKind.EndOfFileToken => null,
        SyntaxKind.IdentifierToken => Identifier,
        SyntaxKind.NumericLiteralToken => Number,
        SyntaxKind.StringLiteralToken or SyntaxKind.CharacterLiteralToken or SyntaxKind.InterpolatedStringToken
            or SyntaxKind.SingleLineRawStringLiteralToken or SyntaxKind.MultiLineRawStringLiteralToken
            or SyntaxKind.Utf8StringLiteralToken or SyntaxKind.Utf8SingleLineRawStringLiteralToken
            or SyntaxKind.Utf8MultiLineRawStringLiteralToken => Text,
        _ => (int)kind,
    };
}
