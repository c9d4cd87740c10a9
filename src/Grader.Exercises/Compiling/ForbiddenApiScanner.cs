using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Grader.Exercises.Compiling;

/// <summary>
/// Finds uses of forbidden APIs by asking the semantic model what every name in the snippet binds to, so an alias,
/// a using or a fully qualified name cannot hide one. Directives that reach outside the snippet (#r, #load) are
/// refused here too, and so are values of native types (<see cref="NativeValueRule"/>), types deriving from or
/// overriding library types (<see cref="InheritanceRule"/>) and named tensors (<see cref="NamedTensorRule"/>).
/// </summary>
internal static class ForbiddenApiScanner
{
    private static readonly LocalizedText DirectiveReason = new(
        "Snippets cannot load other files or assemblies.",
        "程式片段不能載入其他檔案或組件。");

    private static readonly LocalizedText ConstructReason = new(
        "This construct can crash or outlive the grader's process (finalizers, stackalloc, extern, typed references); it is not needed here.",
        "這個語法可能讓評分程序當掉或在程式結束後仍繼續執行（解構函式、stackalloc、extern、typed reference）；本課程用不到。");

    /// <summary>Language constructs refused whatever they name: they act on the process, not on values.</summary>
    private static string? ForbiddenConstruct(SyntaxNode node) => node switch
    {
        DestructorDeclarationSyntax => "finalizer",
        StackAllocArrayCreationExpressionSyntax or ImplicitStackAllocArrayCreationExpressionSyntax => "stackalloc",
        MakeRefExpressionSyntax or RefValueExpressionSyntax or RefTypeExpressionSyntax => "__makeref",
        MethodDeclarationSyntax method when method.Modifiers.Any(SyntaxKind.ExternKeyword) => "extern",
        LocalFunctionStatementSyntax local when local.Modifiers.Any(SyntaxKind.ExternKeyword) => "extern",
        _ => null,
    };

    public static IReadOnlyList<ForbiddenUse> Directives(SyntaxTree tree)
    {
        var found = new List<ForbiddenUse>();
        foreach (var directive in tree.GetRoot().DescendantTrivia().Where(t => t.IsDirective))
        {
            var name = directive.Kind() switch
            {
                SyntaxKind.ReferenceDirectiveTrivia => "#r",
                SyntaxKind.LoadDirectiveTrivia => "#load",
                _ => null,
            };
            if (name is not null)
            {
                found.Add(new ForbiddenUse(name, SourceSpan.From(directive.GetLocation()), DirectiveReason));
            }
        }

        return found;
    }

    public static IReadOnlyList<ForbiddenUse> Scan(Compilation compilation, SyntaxTree tree, IReadOnlyList<ApiRule> rules)
    {
        if (rules.Count == 0)
        {
            return [];
        }

        var model = compilation.GetSemanticModel(tree);
        // Each finding with a rank: on one line, a member used (Marshal.AllocHGlobal) is reported before the type of a
        // value (var, IntPtr) or a rule about types, so the student first reads what they called.
        var found = new List<(ForbiddenUse Use, int Rank)>();
        var nativeTypes = new Dictionary<ITypeSymbol, string?>(SymbolEqualityComparer.Default);
        foreach (var node in tree.GetRoot().DescendantNodes())
        {
            if (ForbiddenConstruct(node) is { } construct)
            {
                found.Add((new ForbiddenUse(construct, SourceSpan.From(node.GetLocation()), ConstructReason), 0));
                continue;
            }

            if (ShapeRules(model, node, nativeTypes) is { } shape)
            {
                found.AddRange(shape.Select(use => (use, 1)));
            }

            if (node is not (SimpleNameSyntax or ObjectCreationExpressionSyntax or ImplicitObjectCreationExpressionSyntax
                or ElementAccessExpressionSyntax or BinaryExpressionSyntax or PrefixUnaryExpressionSyntax
                or PostfixUnaryExpressionSyntax or AssignmentExpressionSyntax or CastExpressionSyntax
                or TypeOfExpressionSyntax))
            {
                continue;
            }

            var info = model.GetSymbolInfo(node);
            var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();

            // A type that only qualifies a member is reported through the member; a property or field is not a
            // qualifier in that sense (Environment.CommandLine.Trim() reads CommandLine).
            if (symbol is null or INamespaceSymbol || (symbol is INamedTypeSymbol && IsQualifier(node)))
            {
                continue;
            }

            if (Match(SymbolNames.Qualified(symbol), rules) is { } use)
            {
                found.Add((new ForbiddenUse(use.Name, SourceSpan.From(node.GetLocation()), use.Reason), symbol is ITypeSymbol ? 1 : 0));
            }
            else if (node is ExpressionSyntax expression && model.GetTypeInfo(expression).Type is { } type
                && Match(SymbolNames.Qualified(type), rules) is { } typeUse)
            {
                // A value of a forbidden type, however it was obtained (typeof(...), inference, a lambda's result).
                found.Add((new ForbiddenUse(typeUse.Name, SourceSpan.From(node.GetLocation()), typeUse.Reason), 1));
            }
        }

        return [.. found.OrderBy(f => f.Use.Span.Line).ThenBy(f => f.Rank).Select(f => f.Use).DistinctBy(use => (use.Api, use.Span.Line))];
    }

    /// <summary>The rules about what a snippet's values and types are, rather than what they name.</summary>
    private static IEnumerable<ForbiddenUse>? ShapeRules(SemanticModel model, SyntaxNode node, Dictionary<ITypeSymbol, string?> nativeTypes)
    {
        var use = node switch
        {
            BaseTypeDeclarationSyntax declaration => [.. InheritanceRule.Scan(model, declaration)],
            InvocationExpressionSyntax call => [NamedTensorRule.Check(model, call, call.ArgumentList), NativeValueRule.Check(model, call, nativeTypes)],
            BaseObjectCreationExpressionSyntax creation => [NamedTensorRule.Check(model, creation, creation.ArgumentList), NativeValueRule.Check(model, creation, nativeTypes)],
            // Where a value's type can first appear (a name, including var and the names inside written types, a cast,
            // default, a declaration, an indexer, a call, a creation); the expressions around them (parentheses,
            // operators) only pass it on, and asking each of those too costs time proportional to nesting depth (a
            // 5,000-deep bomb). A constant converted to nint on its way into a call is left to the emitted scan,
            // which sees the call's signature.
            SimpleNameSyntax or CastExpressionSyntax or DefaultExpressionSyntax or DeclarationExpressionSyntax
                or ElementAccessExpressionSyntax => [NativeValueRule.Check(model, (ExpressionSyntax)node, nativeTypes)],
            _ => (ForbiddenUse?[]?)null,
        };
        return use?.OfType<ForbiddenUse>();
    }

    private static (string Name, LocalizedText Reason)? Match(string? name, IReadOnlyList<ApiRule> rules)
    {
        if (name is null)
        {
            return null;
        }

        foreach (var rule in rules)
        {
            if (rule.Match(name) is not null)
            {
                return (name, rule.Reason);
            }
        }

        return null;
    }

    /// <summary>
    /// A name that only qualifies the member after it (File in File.ReadAllText, or in System.IO.File.ReadAllText):
    /// the member is reported instead, under its full name. A forbidden type forbids its members, so nothing is lost.
    /// </summary>
    private static bool IsQualifier(SyntaxNode node)
    {
        var qualified = node.Parent is MemberAccessExpressionSyntax { Name: var name } access && name == node ? access
            : node.Parent is QualifiedNameSyntax { Right: var right } qualifiedName && right == node ? qualifiedName
            : node;
        return qualified.Parent switch
        {
            MemberAccessExpressionSyntax outer => outer.Expression == qualified,
            QualifiedNameSyntax outer => outer.Left == qualified,
            _ => false,
        };
    }
}
