using System.Reflection;
using System.Text.RegularExpressions;
using Grader.Exercises.Compiling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Exercises.Running;

/// <summary>
/// What a student is told, at compile time, when the snippet's entry point does not have the exercise's signature:
/// the signature exactly as the catalog states it (exercise.json), what differs, and the line of the student's method.
/// A wrong return type would otherwise run and fail every case with "Expected a tuple of 2 items".
/// </summary>
public static partial class EntryPointSignature
{
    /// <summary>The id of the diagnostic, beside Roslyn's CS ones.</summary>
    public const string DiagnosticId = "GRD0001";

    private const int MaxShownLength = 160;

    /// <summary>The diagnostic for a snippet in which no method can be called as <paramref name="signature"/> says.</summary>
    /// <param name="parameters">The parameter types the entry point must take (the reference's).</param>
    public static CompileDiagnostic Mismatch(
        CompiledSnippet snippet, string code, string name, string signature, IReadOnlyList<Type> parameters)
    {
        var declarations = Declarations(code);
        var expected = Declaration(signature);
        var must = new LocalizedText($"{name} must be `{signature}`", $"{name} 必須是 `{signature}`");
        var sameName = snippet.Methods.Where(m => m.Name == name).ToList();
        if (sameName.Count > 0 && declarations.FirstOrDefault(d => d.Identifier.Text == name) is { } declared)
        {
            var method = sameName.FirstOrDefault(m => SameParameters(m, parameters)) ?? sameName[0];
            var line = Line(declared);
            var yours = Shown(declared);
            var why = SameParameters(method, parameters)
                ? new LocalizedText(
                    $"it returns `{Shown(declared.ReturnType)}`, and the exercise needs `{Shown(expected?.ReturnType)}`",
                    $"它傳回 `{Shown(declared.ReturnType)}`，本題需要 `{Shown(expected?.ReturnType)}`")
                : method.GetParameters().Length != parameters.Count
                    ? new LocalizedText(
                        $"it takes {Count(method.GetParameters().Length, "parameter")}, and the exercise passes {parameters.Count}: {Shown(expected?.ParameterList)}",
                        $"它有 {method.GetParameters().Length} 個參數，本題傳入 {parameters.Count} 個：{Shown(expected?.ParameterList)}")
                    : new LocalizedText(
                        $"its parameter types differ from what the exercise passes: {Shown(expected?.ParameterList)}",
                        $"它的參數型別與本題傳入的不同：{Shown(expected?.ParameterList)}");
            return Diagnostic(
                new LocalizedText(
                    $"{must.En}; yours (line {line}) is `{yours}`: {why.En}.",
                    $"{must.ZhTw}；你的（第 {line} 行）是 `{yours}`：{why.ZhTw}。"),
                declared);
        }

        var near = declarations.FirstOrDefault(d => string.Equals(d.Identifier.Text, name, StringComparison.OrdinalIgnoreCase))
            ?? declarations.FirstOrDefault(d => Distance(d.Identifier.Text, name) <= 2)
            ?? (declarations.Count == 1 ? declarations[0] : null);
        if (near is not null)
        {
            var line = Line(near);
            var what = near.Identifier.Text;
            return Diagnostic(
                new LocalizedText(
                    $"{must.En}; no method is named {name}, but line {line} defines `{what}`: rename it to {name} (names are case-sensitive).",
                    $"{must.ZhTw}；沒有名為 {name} 的方法，但第 {line} 行定義了 `{what}`：請把它改名為 {name}（名稱有分大小寫）。"),
                near);
        }

        return Diagnostic(
            new LocalizedText($"{must.En}; the code defines no method named {name}.", $"{must.ZhTw}；程式中沒有名為 {name} 的方法。"),
            null);
    }

    /// <summary>The exercise's signature as the catalog writes it, parsed as a method declaration; null if it is not one.</summary>
    public static MethodDeclarationSyntax? Declaration(string signature) =>
        Declarations(signature + ";").FirstOrDefault();

    private static bool SameParameters(MethodInfo method, IReadOnlyList<Type> parameters) =>
        method.GetParameters().Select(p => p.ParameterType).SequenceEqual(parameters);

    /// <summary>The snippet's top-level methods, where an entry point is declared.</summary>
    private static List<MethodDeclarationSyntax> Declarations(string code) =>
        [.. CSharpSyntaxTree.ParseText(code, SnippetCompiler.ParseOptions).GetCompilationUnitRoot().Members.OfType<MethodDeclarationSyntax>()];

    private static CompileDiagnostic Diagnostic(LocalizedText message, MethodDeclarationSyntax? at) =>
        new(DiagnosticId, "Error", message, at is null ? null : SourceSpan.From(at.Identifier.GetLocation()));

    private static int Line(MethodDeclarationSyntax declaration) =>
        declaration.Identifier.GetLocation().GetLineSpan().StartLinePosition.Line + 1;

    /// <summary>How the student wrote the method's head, on one line: "Tensor Solve(Tensor A)".</summary>
    private static string Shown(MethodDeclarationSyntax declaration) =>
        Shown($"{declaration.ReturnType} {declaration.Identifier}{declaration.TypeParameterList}{declaration.ParameterList}");

    private static string Shown(SyntaxNode? node) => node is null ? "" : Shown(node.ToString());

    private static string Shown(string text)
    {
        var line = Whitespace().Replace(text, " ").Trim();
        return line.Length <= MaxShownLength ? line : line[..MaxShownLength] + "…";
    }

    private static string Count(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    /// <summary>Edit distance, for a misspelled name ("Slove", "Sovle"); names are short.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2)
        {
            return int.MaxValue;
        }

        var before = new int[b.Length + 1];
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    // Two letters swapped ("Sovle") is one slip, not two.
                    current[j] = Math.Min(current[j], before[j - 2] + 1);
                }
            }

            (before, previous) = (previous, current);
        }

        return previous[b.Length];
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
