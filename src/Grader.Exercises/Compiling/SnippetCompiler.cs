using System.Collections.Concurrent;
using System.Runtime.Loader;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace Grader.Exercises.Compiling;

/// <summary>
/// Compiles C# in script form (top-level methods, no class needed) with Roslyn. Each snippet replaces the syntax
/// tree of a cached template compilation, so references are bound once per process, and is emitted into a
/// collectible load context; CSharpScript is not used (slow, and its assemblies never unload).
/// </summary>
public sealed class SnippetCompiler
{
    public const string ScriptClassName = "Snippet";

    /// <summary>The name diagnostics and stack traces use for the student's code.</summary>
    public const string SnippetPath = "snippet.csx";

    internal static readonly CSharpParseOptions ParseOptions =
        new(LanguageVersion.Latest, DocumentationMode.None, SourceCodeKind.Script);

    private static readonly EmitOptions EmitOptions = new(debugInformationFormat: DebugInformationFormat.PortablePdb);

    /// <summary>TorchSharp was built against .NET 8's assemblies; unifying them with this runtime's is expected.</summary>
    private static readonly Dictionary<string, ReportDiagnostic> QuietAboutFrameworkVersions = new()
    {
        ["CS1701"] = ReportDiagnostic.Suppress,
        ["CS1702"] = ReportDiagnostic.Suppress,
    };

    private readonly ConcurrentDictionary<Type, CSharpCompilation> templates = new();

    public static SnippetCompiler Shared { get; } = new();

    /// <summary>Compiles a snippet; when it compiles and uses nothing forbidden, loads it.</summary>
    /// <param name="code">The snippet's source.</param>
    /// <param name="forbidden">APIs the snippet may not use.</param>
    /// <param name="globalsType">For trusted catalog scripts: a type whose members the script sees as globals.</param>
    /// <param name="allowed">
    /// For untrusted snippets: what the emitted assembly may reference, compiler-written calls included. Checked after
    /// the semantic scan, which names its findings more precisely.
    /// </param>
    public CompileOutcome Compile(string code, IReadOnlyList<ApiRule> forbidden, Type? globalsType = null, ApiAllowlist? allowed = null)
    {
        var tree = CSharpSyntaxTree.ParseText(SourceText.From(code, Encoding.UTF8), ParseOptions, SnippetPath);
        var directives = ForbiddenApiScanner.Directives(tree);
        if (directives.Count > 0)
        {
            return new CompileOutcome(null, [], directives);
        }

        var template = Template(globalsType ?? typeof(void));
        var compilation = template.ReplaceSyntaxTree(template.SyntaxTrees[0], tree);

        using var assembly = new MemoryStream();
        using var symbols = new MemoryStream();
        var emitted = compilation.Emit(assembly, symbols, options: EmitOptions);
        var diagnostics = emitted.Diagnostics
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .OrderBy(d => d.Location.SourceSpan.Start)
            .Select(CompileDiagnostic.From)
            .ToList();
        if (!emitted.Success)
        {
            return new CompileOutcome(null, diagnostics, []);
        }

        var uses = ForbiddenApiScanner.Scan(compilation, tree, forbidden);
        if (uses.Count > 0)
        {
            return new CompileOutcome(null, diagnostics, uses);
        }

        if (allowed is not null && EmittedApiScanner.Scan(assembly, symbols, allowed, forbidden) is { Count: > 0 } emittedUses)
        {
            return new CompileOutcome(null, diagnostics, emittedUses);
        }

        assembly.Position = 0;
        symbols.Position = 0;
        var context = new AssemblyLoadContext("snippet", isCollectible: true);
        return new CompileOutcome(new CompiledSnippet(context, context.LoadFromStream(assembly, symbols)), diagnostics, []);
    }

    private CSharpCompilation Template(Type globals) => templates.GetOrAdd(globals, type =>
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            scriptClassName: ScriptClassName,
            usings: SnippetLanguage.Usings,
            // Debug keeps the JIT from inlining a student's methods, so a runtime error always names its line.
            optimizationLevel: OptimizationLevel.Debug,
            allowUnsafe: false,
            metadataReferenceResolver: null,
            sourceReferenceResolver: null)
            .WithSpecificDiagnosticOptions(QuietAboutFrameworkVersions);
        var isCatalogScript = type != typeof(void);
        return CSharpCompilation.CreateScriptCompilation(
            "snippet",
            CSharpSyntaxTree.ParseText(string.Empty, ParseOptions, SnippetPath),
            isCatalogScript ? ScriptReferences.CaseGenerator : ScriptReferences.Snippet,
            options,
            previousScriptCompilation: null,
            returnType: typeof(object),
            globalsType: isCatalogScript ? type : null);
    });
}
