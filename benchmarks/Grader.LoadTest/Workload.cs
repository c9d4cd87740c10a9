namespace Grader.LoadTest;

/// <summary>One kind of submission in the mix, with the verdict it must get.</summary>
internal sealed record Attempt(string ExerciseId, string Code, string ExpectedVerdict);

/// <summary>
/// What the class submits: mostly right answers spread over every exercise (the reference solutions from the
/// catalog next to this program), plus wrong answers and compile errors.
/// </summary>
internal static class Workload
{
    private const string KeepdimMissing = "(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(dim: 0), A.cumsum(0));";
    private const string MissingSemicolon = "(Tensor sum, Tensor cumsum) Solve(Tensor A)\n{\n    return (A.sum(0, keepdim: true), A.cumsum(0))\n}";

    public static IReadOnlyList<Attempt> Mix()
    {
        var catalog = Path.Combine(AppContext.BaseDirectory, "catalog");
        var honest = Directory.GetDirectories(catalog)
            .Order(StringComparer.Ordinal)
            .Select(folder => new Attempt(Path.GetFileName(folder), File.ReadAllText(Path.Combine(folder, "reference.cs")), "accepted"))
            .ToList();

        // 8 right answers for every wrong one and every compile error.
        var mix = new List<Attempt>();
        for (var i = 0; i < honest.Count; i++)
        {
            mix.Add(honest[i]);
            if (i % 8 == 7)
            {
                mix.Add(new Attempt("cumsum", KeepdimMissing, "wrong_answer"));
                mix.Add(new Attempt("cumsum", MissingSemicolon, "compilation_error"));
            }
        }

        return mix;
    }
}
