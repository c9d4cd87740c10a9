using Grader.Api.Similarity;

namespace Grader.Api.Tests;

/// <summary>The token stream and winnowing the similarity report rests on.</summary>
public sealed class WinnowingTests
{
    /// <summary>The copied solution of the end-to-end test: a loop that adds the rows one by one.</summary>
    private const string Original = SimilarityTests.Loop;

    /// <summary>The same code with every name changed, other constants, other comments and another layout.</summary>
    private const string Disguised = """
        /* my own solution, written at 3 am */
        (Tensor s, Tensor c) Solve(Tensor M) {
          var n = M.shape[7];   var acc = zeros_like(M);
          var t = M[2].clone(); acc[5] = M[9];
          for (long k = 3; k < n; k++) { t = t + M[k]; acc[k] = t; }  // loop
          return (t.unsqueeze(4), acc);
        }
        """;

    [Fact]
    public void Renaming_changing_constants_comments_and_layout_leave_the_fingerprints_as_they_were()
    {
        var original = FingerprintStore.Compute(Original);
        var disguised = FingerprintStore.Compute(Disguised);

        Assert.NotEmpty(original);
        Assert.Equal(original.Select(f => f.Hash), disguised.Select(f => f.Hash));
        Assert.Equal(CodeTokens.Of(Original).Select(t => t.Kind), CodeTokens.Of(Disguised).Select(t => t.Kind));
    }

    [Fact]
    public void Beyond_the_starter_a_different_program_shares_almost_no_fingerprints()
    {
        // What every student starts from (the run subtracts it, and the reference, the same way).
        var starter = Winnowing.Hashes(CodeTokens.Of("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var sum = A;
                var cumsum = A;
                return (sum, cumsum);
            }
            """)).ToHashSet();
        var other = FingerprintStore.Compute("""
            (Tensor sum, Tensor cumsum) Solve(Tensor A)
            {
                var c = A.cumsum(dim: 0);
                return (c[-1].reshape(1, -1), c);
            }
            """).Select(f => f.Hash).Except(starter).ToHashSet();
        var original = FingerprintStore.Compute(Original).Select(f => f.Hash).Except(starter).ToHashSet();

        // Only the k-grams around "{ var x = A." are the same: under a tenth of the loop's fingerprints.
        Assert.InRange(original.Intersect(other).Count(), 0, original.Count / 10);
    }

    [Fact]
    public void Winnowing_keeps_the_rightmost_minimum_of_each_window_as_in_the_paper()
    {
        // Schleimer, Wilkerson, Aiken 2003, figure 2 (e) and (f): these hashes with windows of 4 give 17 17 8 39 17.
        ulong[] hashes = [77, 74, 42, 17, 98, 50, 17, 98, 8, 88, 67, 39, 77, 74, 42, 17, 98];

        var selected = Winnowing.Select(hashes);

        Assert.Equal(4, Winnowing.W);
        Assert.Equal([3, 6, 8, 11, 15], selected);
        Assert.Equal([17UL, 17, 8, 39, 17], selected.Select(i => hashes[i]));
    }

    [Fact]
    public void Any_common_run_of_w_plus_k_minus_one_tokens_shares_a_fingerprint_and_its_place_is_known()
    {
        var shared = "total = total + A[i]; running[i] = total; total = total * A[i];"; // 25 tokens
        var first = $"var a = 1; if (a > 2) {{ a = 3; }} {shared} return a;";
        var second = $"while (b < 4) {{ b = b - 1; b = b / 2; }} {shared}";

        var one = FingerprintStore.Compute(first);
        var two = FingerprintStore.Compute(second);
        var common = one.Where(f => two.Any(g => g.Hash == f.Hash)).ToList();

        Assert.True(CodeTokens.Of(shared).Count >= Winnowing.K + Winnowing.W - 1);
        Assert.NotEmpty(common);
        var offset = first.IndexOf(shared, StringComparison.Ordinal);
        Assert.Contains(common, f => f.Start >= offset && f.End <= offset + shared.Length);
    }

    [Fact]
    public void Stored_fingerprints_read_back_as_written()
    {
        var fingerprints = FingerprintStore.Compute(Original);

        Assert.Equal(fingerprints, FingerprintBlob.Read(FingerprintBlob.Write(fingerprints)));
        Assert.Throws<InvalidDataException>(() => FingerprintBlob.Read(new byte[7]));
    }
}
