using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Grader.Exercises.Values;

namespace Grader.Exercises.Checking;

/// <summary>
/// Names a wrong answer after the exercise's misconceptions. A small example can make two mistakes give the same
/// result (for x = [1, 0], dividing by ‖x‖ alone or by nothing both give xᵀy): a case's result may fit several, and
/// the submission's mistake is the one that fits the most of its cases, then the one the catalog declares first.
/// </summary>
internal static class MisconceptionNames
{
    /// <summary>
    /// Every misconception a wrong result on a case fits: equal to what it gives, or showing its symptom. Failing
    /// those, a precise mistake the comparer recognised by itself (keepdim, transposed, ...) is kept; only then may a
    /// misconception explain a tuple in part (each item either right or as the misconception gives it).
    /// </summary>
    public static IReadOnlyList<MisconceptionDefinition> Fitting(Exercise exercise, TestCase testCase, Value expected, Value result, Mismatch mismatch)
    {
        if (exercise.Misconceptions.Count == 0)
        {
            return [];
        }

        var candidates = exercise.MisconceptionResults(testCase).ToList();
        List<MisconceptionDefinition> whole =
        [
            .. candidates.Where(m => Same(m.Result, result, exercise.Tolerance)).Select(m => m.Misconception),
            .. exercise.MisconceptionsShown(testCase, expected, result),
        ];
        if (whole.Count > 0 || mismatch.Misconception is not (null or "values" or "shape" or "dtype"))
        {
            return Declared(exercise, whole);
        }

        return [.. candidates.Where(m => ExplainsInPart(m.Result, expected, result, exercise.Tolerance)).Select(m => m.Misconception)];
    }

    /// <summary>For exercises checked on standard output, a misconception is the text it would print.</summary>
    public static IReadOnlyList<MisconceptionDefinition> FittingOutput(Exercise exercise, TestCase testCase, string output) =>
        exercise.Misconceptions.Count == 0 ? []
        : [.. exercise.MisconceptionResults(testCase)
            .Where(m => m.Result is TextValue text && OutputComparer.Compare(text.Text, output, exercise.Tolerance, visible: true) is null)
            .Select(m => m.Misconception)];

    /// <summary>Each case named after the fitting misconception that fits the most cases of the submission.</summary>
    public static List<CaseResult> PreferCommon(IReadOnlyList<(CaseResult Result, IReadOnlyList<MisconceptionDefinition> Fitting)> checks)
    {
        var fits = checks.SelectMany(c => c.Fitting).CountBy(m => m.Id).ToDictionary();
        return
        [
            .. checks.Select(c => c.Fitting.Count < 2 ? c.Result : c.Fitting.MaxBy(m => fits[m.Id]) is { } best
                ? c.Result with { Message = best.Message, Hint = best.Hint, Misconception = best.Id }
                : c.Result),
        ];
    }

    /// <summary>In the catalog's order, each once.</summary>
    private static List<MisconceptionDefinition> Declared(Exercise exercise, List<MisconceptionDefinition> found) =>
        [.. exercise.Misconceptions.Where(found.Contains)];

    private static bool ExplainsInPart(Value misconception, Value expected, Value result, Tolerance tolerance) =>
        (misconception, expected, result) is (TupleValue wrong, TupleValue right, TupleValue got)
        && wrong.Items.Length == got.Items.Length && right.Items.Length == got.Items.Length
        && got.Items.Select((item, i) => Same(wrong.Items[i], item, tolerance) || Same(right.Items[i], item, tolerance)).All(ok => ok);

    private static bool Same(Value a, Value b, Tolerance tolerance) => ValueComparer.Compare(a, b, tolerance, visible: true) is null;
}
