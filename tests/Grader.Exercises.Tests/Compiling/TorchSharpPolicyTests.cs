using Grader.Exercises.Catalog;
using Grader.Exercises.Compiling;

namespace Grader.Exercises.Tests;

/// <summary>
/// The policy with its positive TorchSharp allowlist: what the chapter needs compiles, anything else is refused after
/// emit with the allowlist's reason, and the rules about types (native handles, base types, overrides, named tensors)
/// hold in the semantic scan and on the emitted metadata alike.
/// </summary>
public class TorchSharpPolicyTests
{
    private static readonly SnippetCompiler Compiler = SnippetCompiler.Shared;

    /// <summary>A rule that forbids nothing a test uses: the semantic scan runs, without the baseline's names.</summary>
    private static readonly ApiRule Unrelated = new(["System.Nowhere"], new LocalizedText("-", "-"));

    private static CompileOutcome Compile(string code) =>
        Compiler.Compile(code, [SnippetPolicy.Baseline], allowed: SnippetPolicy.Allowlist);

    private static CompileOutcome CompileWithoutSemanticScan(string code) =>
        Compiler.Compile(code, [], allowed: SnippetPolicy.Allowlist);

    private static CompileOutcome CompileWithoutAllowlist(string code) =>
        Compiler.Compile(code, [Unrelated]);

    [Theory]
    [InlineData("Tensor Solve(Tensor x) => x.sinc();", "TorchSharp.torch.Tensor.sinc")]
    [InlineData("Tensor Solve(Tensor x) => torch.special.expit(x);", "TorchSharp.torch.special.expit")]
    [InlineData("Tensor Solve(Tensor x) => torch.nn.functional.relu(x);", "TorchSharp.torch.nn.functional.relu")]
    [InlineData("Tensor Solve(Tensor x) { var p = torch.nn.Parameter(x); return p; }", "TorchSharp.torch.nn.Parameter")]
    [InlineData("Tensor Solve(Tensor x) => torch.autograd.grad(new[] { x.sum() }, new[] { x })[0];", "TorchSharp.torch.autograd.grad")]
    public void A_torchsharp_api_not_on_the_allowlist_is_refused_with_the_allowlists_reason(string code, string api)
    {
        var outcome = Compile(code);

        Assert.Null(outcome.Snippet);
        var use = Assert.Single(outcome.Forbidden, u => u.Api == api);
        Assert.Equal(SnippetPolicy.Allowlist.Reason, use.Reason);
        Assert.Equal(1, use.Span.Line);
    }

    [Fact]
    public void What_students_of_the_chapter_write_compiles()
    {
        var outcome = Compile("""
            (Tensor, double, long[]) Solve(Tensor A, Tensor x)
            {
                var X = torch.arange(12, dtype: float64).reshape(3, 4);
                var Y = zeros(3, 4) + ones(3, 4) * full(new long[] { 3, 4 }, 2.0) - eye(3, 4) / 2;
                var Z = tensor(new double[] { 1, 2, 3 }).view(3, 1).T.mT.t();
                var w = randn(3).abs().pow(2).exp().log().sqrt().clone().add_(1).mul_(2).sub_(1);
                var s = X.sum(dim: 0, keepdim: true).mean() + X.cumsum(1)[.., 1].sum() + X[TensorIndex.Slice(0, 2), 1].sum();
                var m = X.matmul(X.T).mm(X).mv(torch.ones(4, dtype: float64)).dot(torch.ones(3, dtype: float64));
                var n = torch.outer(w, w).norm() + torch.linalg.norm(X) + X.abs().sum();
                var v = torch.rand(2, 2).numel() + X.shape[0] + (long)X.dtype;
                var g = torch.tensor(new double[] { 1, 2 }, requires_grad: true);
                (g * g).sum().backward();
                var grad = g.grad!.detach().clone();
                g.grad.zero_();
                using (torch.no_grad()) { grad += 1; }
                Console.WriteLine(X.ToString(TorchSharp.TensorStringStyle.Numpy) + X.str() + Y + Z + s + m + n);
                return (stack(new[] { grad, grad }).to(float32), s.item<double>() + v, X.shape);
            }
            """);

        Assert.True(outcome.Forbidden.Count == 0, string.Join("; ", outcome.Forbidden));
        Assert.Empty(outcome.Errors);
        outcome.Snippet!.Dispose();
    }

    [Theory]
    [InlineData("int Solve() { var n = (nint)5; n += 2; return (int)n; }")]
    [InlineData("long Solve(Tensor t) { var h = t.Handle; return h.ToInt64(); }")]
    [InlineData("object Solve(Tensor t) { var pair = (1, t.Handle); return pair.Item1; }")]
    [InlineData("int Solve() { var list = new List<UIntPtr>(); return list.Count; }")]
    public void A_native_address_is_refused_after_emit_however_it_is_written(string code)
    {
        var outcome = CompileWithoutSemanticScan(code);

        Assert.Null(outcome.Snippet);
        Assert.Contains(outcome.Forbidden, u => u.Api is "System.IntPtr" or "System.UIntPtr");
    }

    [Theory]
    [InlineData("long Solve(Tensor t) { var h = t.Handle; return h.ToInt64(); }", 1)]
    [InlineData("object Solve(Tensor t) => (1, t.Handle);", 1)]
    [InlineData("object Solve(Tensor t)\n{\n    var pairs = new[] { t }.Select(x => (x, x.Handle)).ToList();\n    return pairs.Count;\n}", 3)]
    [InlineData("long Solve(Tensor t) => Twice(t.Handle);\nlong Twice<T>(T value) => 2;", 1)]
    public void A_native_address_obtained_by_inference_is_refused_by_the_semantic_scan(string code, int line)
    {
        var outcome = CompileWithoutAllowlist(code);

        Assert.Null(outcome.Snippet);
        var use = Assert.Single(outcome.Forbidden.Where(u => u.Api == "System.IntPtr").Take(1));
        Assert.Equal(line, use.Span.Line);
        Assert.Contains("IntPtr", use.Reason.En, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(use.Reason.ZhTw));
    }

    public static TheoryData<string, string> LibraryBases => new()
    {
        {
            "class Leak : torch.nn.Module<Tensor, Tensor>\n{\n    public Leak() : base(\"leak\") { }\n    public override Tensor forward(Tensor x) => x;\n}\nTensor Solve(Tensor x) => new Leak().forward(x);",
            "TorchSharp.torch.nn.Module"
        },
        {
            "class Mine : List<int> { }\nint Solve() => new Mine().Count;",
            "System.Collections.Generic.List"
        },
        {
            "class Shout : Exception\n{\n    public override string Message => \"loud\";\n}\nstring Solve() => new Shout().Message;",
            "System.Exception.Message"
        },
    };

    [Theory]
    [MemberData(nameof(LibraryBases))]
    public void Deriving_from_a_library_type_or_overriding_its_members_is_refused_by_both_scans(string code, string api)
    {
        var semantic = CompileWithoutAllowlist(code);
        var emitted = CompileWithoutSemanticScan(code);

        Assert.Contains(semantic.Forbidden, u => u.Api.StartsWith(api, StringComparison.Ordinal));
        Assert.Contains(emitted.Forbidden, u => u.Api.StartsWith(api, StringComparison.Ordinal));
        var reason = semantic.Forbidden.First(u => u.Api.StartsWith(api, StringComparison.Ordinal)).Reason;
        Assert.Contains("derive", reason.En, StringComparison.Ordinal);
        Assert.Contains("繼承", reason.ZhTw, StringComparison.Ordinal);
    }

    [Fact]
    public void Own_classes_records_structs_and_exceptions_may_derive_and_override_what_object_offers()
    {
        var outcome = Compile("""
            record Shape(double Size) { public override string ToString() => $"shape {Size}"; }
            record Square(double Side) : Shape(Side * Side);
            abstract class Animal { public abstract string Sound(); public virtual int Legs => 4; }
            sealed class Bird : Animal { public override string Sound() => "tweet"; public override int Legs => 2; }
            struct Pair : IEquatable<Pair>
            {
                public int A;
                public bool Equals(Pair other) => A == other.A;
                public override bool Equals(object? obj) => obj is Pair p && Equals(p);
                public override int GetHashCode() => A;
                public override string ToString() => A.ToString();
            }
            enum Axis { Rows, Columns }
            class BadInput : ArgumentException { public BadInput(string m) : base(m) { } }
            class Box<T> { public virtual T? Get() => default; }
            class IntBox : Box<int> { public override int Get() => 1; }
            IEnumerable<int> Count(int n) { for (var i = 0; i < n; i++) yield return i; }
            string Solve()
            {
                Shape s = new Square(3);
                var p = new Pair { A = 1 };
                return s + new Bird().Sound() + new Bird().Legs + p + Axis.Columns + Count(3).Sum() + new IntBox().Get()
                    + (s == new Square(3)) + new { X = 1 } + new BadInput("x").Message;
            }
            """);

        Assert.True(outcome.Forbidden.Count == 0, string.Join("; ", outcome.Forbidden));
        Assert.Empty(outcome.Errors);
        outcome.Snippet!.Dispose();
    }

    [Fact]
    public void A_names_argument_to_a_torch_factory_is_refused()
    {
        var outcome = Compile("Tensor Solve() => zeros(2, 3, names: new[] { \"rows\", \"cols\" });");

        var use = Assert.Single(outcome.Forbidden);
        Assert.Equal("TorchSharp.torch.zeros(names:)", use.Api);
        Assert.Contains("Named tensors", use.Reason.En, StringComparison.Ordinal);
    }

    public static TheoryData<string, string> CatalogSnippets()
    {
        var data = new TheoryData<string, string>();
        foreach (var folder in Directory.GetDirectories(ExerciseCatalog.DefaultDirectory).Order())
        {
            data.Add(Path.GetFileName(folder), "reference.cs");
            data.Add(Path.GetFileName(folder), "starter.cs");
            data.Add(Path.GetFileName(folder), "starter.zh-TW.cs");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CatalogSnippets))]
    public void Every_catalog_reference_and_starter_compiles_without_a_refusal(string exerciseId, string file)
    {
        var code = File.ReadAllText(Path.Combine(ExerciseCatalog.DefaultDirectory, exerciseId, file));

        var outcome = Compile(code);

        Assert.True(outcome.Forbidden.Count == 0, $"{exerciseId}/{file}: {string.Join("; ", outcome.Forbidden)}");
        Assert.Empty(outcome.Errors);
        outcome.Snippet!.Dispose();
    }
}
