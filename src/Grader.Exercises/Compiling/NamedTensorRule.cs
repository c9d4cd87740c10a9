using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Exercises.Compiling;

/// <summary>
/// Refuses the names: argument that TorchSharp's factories (zeros, ones, rand, tensor, ...) accept: named tensors are
/// not part of this course, and libtorch repeats their names in its error messages, which would echo text of the
/// student's choosing. The named-tensor methods themselves (rename, refine_names, align_to) are simply not on the
/// allowlist.
/// </summary>
internal static class NamedTensorRule
{
    public static readonly LocalizedText Reason = new(
        "Named tensors are not part of this course; leave out the names: argument.",
        "本課程不使用具名張量（named tensors）；請不要傳入 names: 參數。");

    private const string Parameter = "names";

    public static ForbiddenUse? Check(SemanticModel model, SyntaxNode call, ArgumentListSyntax? arguments)
    {
        if (arguments is not { Arguments.Count: > 0 }
            || model.GetSymbolInfo(call).Symbol is not IMethodSymbol { ContainingAssembly.Name: "TorchSharp" } method
            || !method.Parameters.Any(p => p.Name == Parameter))
        {
            return null;
        }

        for (var i = 0; i < arguments.Arguments.Count; i++)
        {
            var argument = arguments.Arguments[i];
            var parameter = argument.NameColon is { } named ? named.Name.Identifier.ValueText
                : i < method.Parameters.Length ? method.Parameters[i].Name
                : null;
            if (parameter == Parameter)
            {
                var api = $"{SymbolNames.Qualified(method)}({Parameter}:)";
                return new ForbiddenUse(api, SourceSpan.From(argument.GetLocation()), Reason);
            }
        }

        return null;
    }
}
