using Grader.Exercises.Compiling;

namespace Grader.Exercises.Tests;

/// <summary>
/// A library's fields are read, never assigned: TorchSharp keeps some settings in plain public static fields that every
/// later run in the worker would inherit. Checked on the emitted code, so no spelling of the assignment gets past.
/// </summary>
public class LibraryFieldWriteTests
{
    private static CompileOutcome Compile(string code) =>
        SnippetCompiler.Shared.Compile(code, [SnippetPolicy.Baseline], allowed: SnippetPolicy.Allowlist);

    [Theory]
    [InlineData("Tensor Solve(Tensor x) { torch.float32 = torch.ScalarType.Int64; return x; }", "TorchSharp.torch.float32")]
    [InlineData("Tensor Solve(Tensor x) { TensorIndex.Colon = TensorIndex.Single(0); return x; }", "TorchSharp.torch.TensorIndex.Colon")]
    [InlineData("Tensor Solve(Tensor x) { Swap(ref torch.float64); return x; }\nvoid Swap(ref ScalarType t) => t = ScalarType.Int8;", "TorchSharp.torch.float64")]
    [InlineData("Tensor Solve(Tensor x) { (torch.float32, torch.float64) = (torch.float64, torch.float32); return x; }", "TorchSharp.torch.float32")]
    public void Assigning_or_passing_by_reference_a_library_field_is_refused(string code, string field)
    {
        var outcome = Compile(code);

        Assert.Null(outcome.Snippet);
        var use = Assert.Single(outcome.Forbidden, u => u.Api == field);
        Assert.Contains("cannot assign a library's fields", use.Reason.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tensor Solve(Tensor x) => x.to(torch.float32);")]
    [InlineData("Tensor Solve(Tensor x) => x[TensorIndex.Colon, TensorIndex.Single(0)];")]
    [InlineData("Tensor Solve(Tensor x) { var pair = (x, x); pair.Item1 = x * 2; return pair.Item1; }")]
    [InlineData("static int calls;\nTensor Solve(Tensor x) { calls++; return x; }")]
    [InlineData("record Box(Tensor Value);\nTensor Solve(Tensor x) { var b = new Box(x) { Value = x * 2 }; return b.Value; }")]
    public void Reading_library_fields_and_writing_the_snippets_own_are_allowed(string code)
    {
        var outcome = Compile(code);

        Assert.Empty(outcome.Forbidden);
        Assert.NotNull(outcome.Snippet);
        outcome.Snippet.Dispose();
    }

    [Fact]
    public void A_tensor_accessor_over_native_memory_is_not_available()
    {
        // TensorAccessor keeps the data pointer it was made with; a tensor resized afterwards (an out: argument) let
        // it read far past its storage.
        var outcome = Compile("float[] Solve(Tensor x) => x.data<float>().ToArray();");

        Assert.Null(outcome.Snippet);
        Assert.Contains(outcome.Forbidden, u => u.Api == "TorchSharp.torch.Tensor.data");
    }
}
