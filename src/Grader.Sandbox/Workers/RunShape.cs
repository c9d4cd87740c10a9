using Grader.Exercises.Running;
using Grader.Exercises.Values;

namespace Grader.Sandbox.Workers;

/// <summary>
/// Checks a run reported by a worker before anything reads it: case indices in range and unique, no missing parts,
/// tensors whose data fits their shape. A worker that sends anything else is treated as broken.
/// </summary>
internal static class RunShape
{
    public static bool IsWellFormed(SnippetRun run, int caseCount) =>
        run.Diagnostics is not null && run.Forbidden is not null && run.Cases is not null
        && run.Cases.Count <= caseCount
        && run.Cases.All(c => c is not null && c.Index >= 0 && c.Index < caseCount && c.Output is not null
            && (c.Result is null || IsWellFormed(c.Result)))
        && run.Cases.Select(c => c.Index).Distinct().Count() == run.Cases.Count;

    private static bool IsWellFormed(Value value) => value switch
    {
        TensorValue tensor => tensor.IsWellFormed,
        TupleValue tuple => tuple.Items is not null && tuple.Items.All(i => i is not null && IsWellFormed(i)),
        ListValue list => list.Items is not null && list.Items.All(i => i is not null && IsWellFormed(i)),
        TextValue text => text.Text is not null,
        NumberValue number => number.TypeName is not null,
        UnsupportedValue unsupported => unsupported.TypeName is not null,
        _ => true,
    };
}
