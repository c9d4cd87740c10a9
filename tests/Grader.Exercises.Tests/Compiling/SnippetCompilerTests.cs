using Grader.Exercises.Compiling;

namespace Grader.Exercises.Tests;

public class SnippetCompilerTests
{
    private static readonly SnippetCompiler Compiler = SnippetCompiler.Shared;

    [Fact]
    public void Top_level_methods_compile_with_torch_in_scope_and_can_be_called()
    {
        using var snippet = Compiler.Compile("Tensor Twice(Tensor x) => 2 * x;\nlong Count(long n) => arange(n).numel();", []).Snippet!;

        var count = snippet.Methods.Single(m => m.Name == "Count");
        Assert.Equal(5L, count.Invoke(snippet.Instantiate(), [5L]));
    }

    [Fact]
    public void A_compile_error_is_located_in_the_students_own_lines()
    {
        var outcome = Compiler.Compile("Tensor Solve(Tensor A)\n{\n    var s = A.sum(0, keepdim: true)\n    return s;\n}", []);

        var error = Assert.Single(outcome.Errors);
        Assert.Equal("CS1002", error.Id);
        Assert.Equal(3, error.Span!.Line);
        Assert.Equal(36, error.Span.Column);
        Assert.Null(outcome.Snippet);
    }

    [Fact]
    public void Compiler_messages_come_in_english_and_traditional_chinese()
    {
        var error = Compiler.Compile("int Solve() => undefinedName;", []).Errors.Single();

        Assert.Contains("does not exist in the current context", error.Message.En, StringComparison.Ordinal);
        Assert.Contains("不存在", error.Message.ZhTw, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#r \"/usr/share/dotnet/shared/Microsoft.NETCore.App/10.0.0/System.Net.Http.dll\"\nint Solve() => 1;", "#r")]
    [InlineData("#load \"/etc/hostname\"\nint Solve() => 1;", "#load")]
    public void Directives_that_reach_outside_the_snippet_are_refused_with_their_place(string code, string directive)
    {
        var outcome = Compiler.Compile(code, []);

        var use = Assert.Single(outcome.Forbidden);
        Assert.Equal(directive, use.Api);
        Assert.Equal(1, use.Span.Line);
        Assert.Null(outcome.Snippet);
        Assert.DoesNotContain(outcome.Diagnostics, d => d.Message.En.Contains("localhost", StringComparison.Ordinal));
    }

    [Fact]
    public void Forbidden_apis_are_found_whatever_name_they_hide_behind()
    {
        const string code = """
            using Files = System.IO.File;
            using static System.IO.File;
            string A() => Files.ReadAllText("/etc/passwd");
            string B() => ReadAllText("/etc/passwd");
            string C() => global::System.IO.File.ReadAllText("/etc/passwd");
            """;

        var uses = Compiler.Compile(code, [SnippetPolicy.Baseline]).Forbidden;

        Assert.Equal([3, 4, 5], uses.Where(u => u.Api == "System.IO.File.ReadAllText").Select(u => u.Span.Line).Order());
    }

    [Theory]
    [InlineData("string Solve() => Environment.CommandLine.Trim();", "System.Environment.CommandLine")]
    [InlineData("object Solve() => typeof(int).Assembly;", "System.Type")]
    [InlineData("object Solve() => Delegate.CreateDelegate(typeof(Func<int>), 1, \"GetHashCode\");", "System.Delegate.CreateDelegate")]
    [InlineData("void Solve() { using (new Microsoft.Win32.SafeHandles.SafeFileHandle((IntPtr)99, true)) { } }", "Microsoft.Win32.SafeHandles.SafeFileHandle")]
    [InlineData("void Solve() => System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null;", "System.Globalization.CultureInfo.DefaultThreadCurrentCulture")]
    public void Ways_around_a_forbidden_name_are_caught(string code, string api)
    {
        var uses = Compiler.Compile(code, [SnippetPolicy.Baseline]).Forbidden;

        Assert.Contains(uses, use => use.Api.StartsWith(api, StringComparison.Ordinal));
    }

    [Fact]
    public void Warnings_do_not_stop_a_snippet()
    {
        var outcome = Compiler.Compile("int Solve() { int unused = 0; return 1; }", []);

        Assert.NotNull(outcome.Snippet);
        Assert.Contains(outcome.Diagnostics, d => d.Severity == "Warning" && d.Span!.Line == 1);
        outcome.Snippet.Dispose();
    }

    [Fact]
    public void Dynamic_and_expression_trees_are_unavailable()
    {
        Assert.NotEmpty(Compiler.Compile("object Solve() { dynamic d = 1; return d + 1; }", []).Errors);
        Assert.NotEmpty(Compiler.Compile("object Solve() { System.Linq.Expressions.Expression<Func<int>> e = () => 1; return e; }", []).Errors);
    }

    [Fact]
    public void An_unloaded_snippet_is_collected()
    {
        var context = CompileRunAndUnload();

        for (var i = 0; i < 10 && context.IsAlive; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
        }

        Assert.False(context.IsAlive);
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static WeakReference CompileRunAndUnload()
    {
        using var snippet = Compiler.Compile("long Solve() => 41 + 1;", []).Snippet!;
        Assert.Equal(42L, snippet.Methods.Single().Invoke(snippet.Instantiate(), []));
        return snippet.ContextReference;
    }
}
