using Grader.Exercises.Compiling;

namespace Grader.Exercises.Tests;

/// <summary>
/// The allowlist checked on the emitted assembly: calls the compiler writes for a statement are held to the same rules
/// as calls the student writes, and ordinary C# still compiles.
/// </summary>
public class EmittedApiTests
{
    private static readonly SnippetCompiler Compiler = SnippetCompiler.Shared;

    /// <summary>The whole policy, as students get it: semantic scan, then the allowlist on the metadata.</summary>
    private static CompileOutcome Compile(string code) =>
        Compiler.Compile(code, [SnippetPolicy.Baseline], allowed: SnippetPolicy.Allowlist);

    /// <summary>The metadata check alone (no forbidden names to scan for), to show what it catches by itself.</summary>
    private static CompileOutcome CompileWithoutSemanticScan(string code) =>
        Compiler.Compile(code, [], allowed: SnippetPolicy.Allowlist);

    [Theory]
    [InlineData(
        "int Sum(System.Buffers.ReadOnlySequence<int> seq)\n{\n    var s = 0;\n    foreach (var m in seq) s += m.Length;\n    return s;\n}",
        "System.Buffers.ReadOnlySequence.GetEnumerator", 4, 4)]
    [InlineData(
        "void Hold(System.Threading.Lock gate)\n{\n    using (gate.EnterScope())\n    {\n    }\n}",
        "System.Threading.Lock.Scope.Dispose", 3, 5)]
    [InlineData(
        "object Table(object key)\n{\n    var table = new System.Runtime.CompilerServices.ConditionalWeakTable<object, object>\n    {\n        { key, \"value\" },\n    };\n    return table;\n}",
        "System.Runtime.CompilerServices.ConditionalWeakTable.Add", 3, 6)]
    [InlineData(
        "string Pair(System.Collections.DictionaryEntry entry)\n{\n    var (key, value) = entry;\n    return $\"{key}={value}\";\n}",
        "System.Collections.DictionaryEntry.Deconstruct", 3, 3)]
    public void Calls_the_compiler_writes_to_forbidden_members_are_refused_within_their_statement(string code, string api, int firstLine, int lastLine)
    {
        var outcome = CompileWithoutSemanticScan(code);

        Assert.Null(outcome.Snippet);
        var use = Assert.Single(outcome.Forbidden, u => u.Api == api);
        Assert.InRange(use.Span.Line, firstLine, lastLine);
    }

    [Theory]
    [InlineData("int Solve(int n)\n{\n    lock (new object()) { n++; }\n    return n;\n}", "System.Threading.Monitor.Enter", 3, 5)]
    [InlineData("async void Fire() => throw new Exception();\nint Solve(int n)\n{\n    Fire();\n    return n;\n}", "System.Runtime.CompilerServices.AsyncVoidMethodBuilder", 1, 22)]
    [InlineData("int Solve(int n)\n{\n    object o = n.GetType();\n    return n;\n}", "System.Object.GetType", 3, 5)]
    [InlineData("string Solve(string s)\n{\n    var (k, v) = new System.Collections.DictionaryEntry(s, s);\n    return s;\n}", "System.Collections.DictionaryEntry", 3, 5)]
    public void What_the_semantic_scan_lets_through_is_refused_after_emit_with_its_place(string code, string api, int line, int column)
    {
        var outcome = Compile(code);

        Assert.Null(outcome.Snippet);
        var first = outcome.Forbidden[0];
        Assert.StartsWith(api, first.Api, StringComparison.Ordinal);
        Assert.Equal((line, column), (first.Span.Line, first.Span.Column));
        Assert.False(string.IsNullOrWhiteSpace(first.Reason.ZhTw));
    }

    [Fact]
    public void An_exercises_own_rule_reaches_calls_the_compiler_writes_and_gives_its_reason()
    {
        var noLoops = new ApiRule(["System.Collections.Generic.List.GetEnumerator"], new LocalizedText("Use LINQ here.", "這裡請用 LINQ。"));

        var outcome = Compiler.Compile(
            "int Solve(List<int> xs)\n{\n    var s = 0;\n    foreach (var x in xs) s += x;\n    return s;\n}",
            [noLoops, SnippetPolicy.Baseline],
            allowed: SnippetPolicy.Allowlist);

        var use = outcome.Forbidden[0];
        Assert.Equal(("System.Collections.Generic.List.GetEnumerator", 4), (use.Api, use.Span.Line));
        Assert.Equal(noLoops.Reason, use.Reason);
    }

    [Theory]
    [InlineData("foreach, deconstruction and collection initialisers", """
        double Solve(double[] xs)
        {
            var list = new List<double> { 1, 2 };
            var dict = new Dictionary<string, int> { ["a"] = 1 };
            var set = new HashSet<int> { 1, 2 };
            double s = 0;
            foreach (var x in xs) s += x;
            foreach (var x in list) s += x;
            foreach (var (k, v) in dict) s += v + k.Length;
            foreach (var i in set) s += i;
            foreach (var c in "abc") s += c;
            var (a, b) = (xs.Min(), xs.Max());
            int[] ints = [1, 2, 3];
            List<int> more = [.. ints, 4];
            return s + a + b + more.Count + ints[^1] + ints[1..].Length;
        }
        """)]
    [InlineData("LINQ, strings and interpolation", """
        string Solve(double[] xs)
        {
            var sorted = xs.Where(x => x > 0).OrderBy(x => x).Select(x => x * 2).ToList();
            var groups = xs.GroupBy(x => Math.Floor(x)).ToDictionary(g => g.Key, g => g.Count());
            var sb = new StringBuilder();
            sb.Append($"{sorted.Count} items").AppendLine();
            var joined = string.Join(", ", sorted) + string.Concat("a", "b", "c", "d", "e", "f");
            Console.WriteLine("{0} {1} {2} {3} {4}", 1, 2, 3, 4, 5);
            return sb + joined + groups.Count + xs.Sum().ToString("F2", System.Globalization.CultureInfo.InvariantCulture);
        }
        """)]
    [InlineData("records, iterators, using and exceptions", """
        record Point(double X, double Y);
        sealed class Counter : IDisposable { public int Count; public void Dispose() => Count = -1; }
        IEnumerable<int> Evens(int n) { for (var i = 0; i < n; i += 2) yield return i; }
        double Solve(int n)
        {
            using var counter = new Counter();
            try { if (n < 0) throw new ArgumentOutOfRangeException(nameof(n)); }
            catch (ArgumentException e) when (e.Message.Length > 0) { Console.WriteLine(e.Message); }
            var p = new Point(1, 2) with { Y = 3 };
            return Evens(n).Sum() + p.Y + (p == new Point(1, 3) ? 1 : 0) + counter.Count;
        }
        """)]
    [InlineData("tensors", """
        Tensor Solve(Tensor A)
        {
            var w = torch.tensor(new double[] { 1, 2, 3 }, requires_grad: true);
            (w * w).sum().backward();
            var r = torch.arange(6).reshape(2, 3).sum(0, keepdim: true) + A.T.mm(A).norm() + w.grad!.sum();
            Console.WriteLine(r.ToString(TorchSharp.TensorStringStyle.Numpy));
            return torch.stack(new[] { r, r }).mean(new long[] { 0 });
        }
        """)]
    public void Ordinary_csharp_passes_the_allowlist(string what, string code)
    {
        var outcome = Compile(code);

        Assert.True(outcome.Forbidden.Count == 0, $"{what}: {string.Join("; ", outcome.Forbidden)}");
        Assert.Empty(outcome.Errors);
        outcome.Snippet!.Dispose();
    }

    [Fact]
    public void The_compilers_span_helpers_are_refused_in_the_students_own_code()
    {
        var outcome = CompileWithoutSemanticScan(
            "int Solve()\n{\n    var a = new int[1];\n    return System.Runtime.InteropServices.MemoryMarshal.CreateSpan(ref a[0], 1000)[999];\n}");

        Assert.Contains(outcome.Forbidden, u => u.Api == "System.Runtime.InteropServices.MemoryMarshal.CreateSpan" && u.Span.Line == 4);
    }
}
