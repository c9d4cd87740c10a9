using Grader.Exercises.Running;
using Grader.Exercises.Values;

namespace Grader.Sandbox.Workers;

/// <summary>
/// Checks a run reported by a worker before anything reads it: case indices in range and unique, no missing parts,
/// tensors whose data fits their shape, only what a worker may report (exceptions, no stop the host decides). A worker
/// that sends anything else is treated as broken.
/// </summary>
internal static class RunShape
{
    public static bool IsWellFormed(SnippetRun run, int caseCount) =>
        run.Diagnostics is not null && run.Forbidden is not null && run.Cases is not null && run.StoppedBeforeCases is null
        && run.Cases.Count <= caseCount
        && run.Cases.All(c => IsWellFormed(c, caseCount))
        && run.Cases.Select(c => c.Index).Distinct().Count() == run.Cases.Count;

    /// <summary>
    /// One case as a worker reports it. Its error can only be an exception the snippet threw: the other kinds are the
    /// host's to decide from how the process ended, and a worker that claims one is not believed.
    /// </summary>
    public static bool IsWellFormed(CaseRun run, int caseCount) =>
        run is not null && run.Index >= 0 && run.Index < caseCount && run.Output is not null
        && (run.Result is null || IsWellFormed(run.Result))
        && (run.Error is null || run.Error is { Kind: RunErrorKind.Exception, Type: not null, Message: not null });

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
