using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Exercises.Catalog;

/// <summary>
/// An exercise's cases.cs as source. A sandbox worker only generates cases; the misconceptions (near-answers) are for
/// the host's judge, so the worker's copy goes without them. Each misconception must therefore be a top-level
/// <c>Misconception(...)</c> or <c>MisconceptionWhen(...)</c> statement, which the catalog loader checks.
/// </summary>
public static class CaseScript
{
    private static readonly string[] MisconceptionMethods = [nameof(CaseSet.Misconception), nameof(CaseSet.MisconceptionWhen)];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    /// <summary>The cases script with every misconception statement (and the comments around it) removed.</summary>
    /// <exception cref="InvalidDataException">A misconception is declared other than as a top-level statement.</exception>
    public static string WithoutMisconceptions(string code)
    {
        var (stripped, problemLine) = Strip(code);
        return stripped ?? throw new InvalidDataException(
            $"Line {problemLine}: declare each misconception as a top-level Misconception(...) statement, so that sandbox workers can be given the cases without it.");
    }

    /// <summary>The stripped script, or the line of a misconception that is not a top-level statement.</summary>
    internal static (string? Stripped, int? ProblemLine) Strip(string code)
    {
        var root = CSharpSyntaxTree.ParseText(code, ParseOptions).GetCompilationUnitRoot();
        var statements = root.Members.OfType<GlobalStatementSyntax>().Where(IsMisconception).ToList();
        var elsewhere = root.DescendantNodes().OfType<SimpleNameSyntax>()
            .FirstOrDefault(name => MisconceptionMethods.Contains(name.Identifier.Text) && !statements.Any(s => s.Span.Contains(name.Span)));
        return elsewhere is null
            ? (root.RemoveNodes(statements, SyntaxRemoveOptions.KeepNoTrivia)!.ToFullString(), null)
            : (null, elsewhere.GetLocation().GetLineSpan().StartLinePosition.Line + 1);
    }

    private static bool IsMisconception(GlobalStatementSyntax statement) =>
        statement.Statement is ExpressionStatementSyntax { Expression: InvocationExpressionSyntax { Expression: SimpleNameSyntax name } }
        && MisconceptionMethods.Contains(name.Identifier.Text);
}
