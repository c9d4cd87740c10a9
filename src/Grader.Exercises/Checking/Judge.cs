using Grader.Exercises.Catalog;
using Grader.Exercises.Grading;
using Grader.Exercises.Running;
using Grader.Exercises.Values;
using static Grader.Exercises.Checking.Texts;

namespace Grader.Exercises.Checking;

/// <summary>
/// Decides the verdict of a submission from its raw run and the reference's results, on the trusted side. The first
/// case that is not accepted gives the submission's verdict; the score is the sum of the accepted cases' points.
/// </summary>
public static class Judge
{
    /// <summary>The verdict on a snippet's raw runs, against the reference's runs on the same seed's cases.</summary>
    public static GradeReport Decide(Exercise exercise, int seed, SnippetRun run, IReadOnlyList<CaseRun> expected)
    {
        GradeReport Report(Verdict verdict, LocalizedText summary, IReadOnlyList<CaseResult> cases) => new(
            exercise.Id, exercise.Version, seed, verdict, cases.Where(c => c.Verdict == Verdict.Accepted).Sum(c => c.Points),
            exercise.Points, summary, run.Diagnostics, run.Forbidden, cases, run.CompileMs, run.RunMs);

        if (run.EntryPointProblem is { } problem)
        {
            // The snippet compiled, but its entry point does not have the exercise's signature (also a diagnostic at its line).
            return Report(Verdict.CompilationError, problem, []);
        }

        if (run.Diagnostics.Any(d => d.Severity == "Error"))
        {
            var count = run.Diagnostics.Count(d => d.Severity == "Error");
            return Report(Verdict.CompilationError, T(
                $"The code does not compile ({count} error{(count == 1 ? "" : "s")}); see the diagnostics for the lines.",
                $"程式無法編譯（{count} 個錯誤）；請看診斷訊息中標示的行號。"), []);
        }

        if (run.Forbidden.Count > 0)
        {
            var first = run.Forbidden[0];
            return Report(Verdict.ForbiddenApi, T(
                $"{first.Api} is not allowed in this exercise (line {first.Span.Line}, column {first.Span.Column}). {first.Reason.En}",
                $"本題不允許使用 {first.Api}（第 {first.Span.Line} 行第 {first.Span.Column} 欄）。{first.Reason.ZhTw}"), []);
        }

        if (run.StoppedBeforeCases is { } stopped)
        {
            return StoppedWhileCompiling(exercise, stopped, Report);
        }

        var cases = exercise.Cases(seed);
        var checks = cases.Select(testCase => CheckCase(exercise, testCase, expected[testCase.Index], Find(run, testCase.Index))).ToList();
        var results = MisconceptionNames.PreferCommon(checks);
        var failed = results.FirstOrDefault(r => r.Verdict is not (Verdict.Accepted or Verdict.Skipped));
        var passed = results.Count(r => r.Verdict == Verdict.Accepted);
        var summary = T($"{passed} of {results.Count} cases passed.", $"{results.Count} 個測試中通過 {passed} 個。");
        return failed is null
            ? Report(Verdict.Accepted, summary, results)
            : Report(failed.Verdict, failed.Message is { } why ? summary.Append(T($"Case {failed.Index + 1}: {why.En}", $"測試 {failed.Index + 1}：{why.ZhTw}")) : summary, results);
    }

    /// <summary>The run of a case, taken once by index; a run that lacks it (a broken worker) gets none.</summary>
    private static CaseRun? Find(SnippetRun run, int index) => run.Cases.FirstOrDefault(c => c.Index == index);

    /// <summary>A case's result, and every misconception that fits it (the first is named until the submission's other cases are seen).</summary>
    private static (CaseResult Result, IReadOnlyList<MisconceptionDefinition> Fitting) CheckCase(Exercise exercise, TestCase testCase, CaseRun expected, CaseRun? reported)
    {
        var visible = testCase.Visible;
        var actual = reported ?? new CaseRun(testCase.Index, null, "", null, CaseEnd.NotRun, 0);
        CaseResult Result(Verdict verdict, LocalizedText? message, string? misconception = null, LocalizedText? hint = null) => new(
            testCase.Index,
            testCase.Name,
            visible,
            verdict,
            verdict == Verdict.Accepted ? testCase.Points : 0,
            testCase.Points,
            message,
            verdict == Verdict.Accepted ? null : hint ?? testCase.Hint,
            misconception,
            visible ? testCase.ShownAs : null,
            visible ? ExpectedText(exercise, expected) : null,
            visible && actual.Result is { } value && !IsVoid(exercise) ? ValueFormatter.Format(value) : null,
            visible ? actual.Output : null,
            actual.ElapsedMs);

        if (expected.End != CaseEnd.Returned)
        {
            // The reference itself failed on this case: no student answer can be judged against it.
            return (Result(Verdict.InternalError, T(
                "The grader could not compute the expected result of this case; a TA has to look at it.",
                "評分程式無法算出這個測試的預期結果；需要助教處理。")), []);
        }

        if (reported is null)
        {
            return (Result(Verdict.InternalError, T("The sandbox returned no result for this case.", "沙箱沒有傳回這個測試的結果。")), []);
        }

        switch (actual.End)
        {
            case CaseEnd.NotRun:
                return (Result(Verdict.Skipped, T("Not run: an earlier case stopped the run.", "未執行：先前的測試中止了執行。")), []);
            case CaseEnd.TimedOut when actual.Error?.Kind == RunErrorKind.CpuTimeLimit:
                return (Result(Verdict.TimeLimitExceeded, T(
                    $"CPU time limit exceeded while this case was running ({exercise.Limits.CpuBudgetMs} ms of processor time for all cases). Look for a loop that never ends.",
                    $"執行這個測試時超過 CPU 時間限制（所有測試共 {exercise.Limits.CpuBudgetMs} 毫秒的處理器時間）。請檢查是否有不會結束的迴圈。")), []);
            case CaseEnd.TimedOut:
                return (Result(Verdict.TimeLimitExceeded, T(
                    $"Time limit exceeded while this case was running ({exercise.Limits.TimeMs} ms for all cases). Look for a loop that never ends.",
                    $"執行這個測試時超過時間限制（所有測試共 {exercise.Limits.TimeMs} 毫秒）。請檢查是否有不會結束的迴圈。")), []);
            case CaseEnd.OutputLimitExceeded:
                return (Result(Verdict.OutputLimitExceeded, T(
                    $"Output limit exceeded (more than {exercise.Limits.OutputKb} KB printed).",
                    $"輸出超過限制（印出超過 {exercise.Limits.OutputKb} KB）。")), []);
            case CaseEnd.MemoryLimitExceeded:
                return (Result(Verdict.MemoryLimitExceeded, T(
                    $"Memory limit exceeded while this case was running ({exercise.Limits.MemoryMb} MB).",
                    $"執行這個測試時超過記憶體限制（{exercise.Limits.MemoryMb} MB）。")), []);
            case CaseEnd.Threw or CaseEnd.Crashed:
                return (RuntimeFailure(actual.Error!, visible, (verdict, message, misconception) => Result(verdict, message, misconception)), []);
        }

        var mismatch = Compare(exercise, expected, actual, visible);
        if (mismatch is null)
        {
            return (Result(Verdict.Accepted, null), []);
        }

        var fitting = mismatch.Misconception == "output"
            ? MisconceptionNames.FittingOutput(exercise, testCase, actual.Output)
            : actual.Result is { } result && expected.Result is { } reference && !IsVoid(exercise)
                ? MisconceptionNames.Fitting(exercise, testCase, reference, result, mismatch)
                : [];
        return fitting is [var named, ..] ? (Result(Verdict.WrongAnswer, named.Message, named.Id, named.Hint), fitting)
            : visible ? (Result(Verdict.WrongAnswer, mismatch.Message, mismatch.Misconception), [])
            : (Result(Verdict.WrongAnswer, HiddenCaseMessages.WrongAnswer(mismatch), mismatch.Misconception), []);
    }

    private static GradeReport StoppedWhileCompiling(
        Exercise exercise, CaseRun stopped, Func<Verdict, LocalizedText, IReadOnlyList<CaseResult>, GradeReport> report) =>
        stopped.End switch
        {
            CaseEnd.TimedOut => report(Verdict.TimeLimitExceeded, T(
                "Compiling the code took longer than the time limit. Deeply nested code or lambdas can make the compiler very slow.",
                "編譯程式花費的時間超過限制。過深的巢狀程式碼或 lambda 會讓編譯器非常慢。"), []),
            CaseEnd.MemoryLimitExceeded => report(Verdict.MemoryLimitExceeded, T(
                $"Memory limit exceeded while compiling ({exercise.Limits.MemoryMb} MB).",
                $"編譯時超過記憶體限制（{exercise.Limits.MemoryMb} MB）。"), []),
            _ when stopped.Error?.Kind == RunErrorKind.SandboxFault => report(Verdict.InternalError, T(
                "The grader failed before running your code; it is not your code's fault. Please submit again.",
                "評分程式在執行你的程式之前發生錯誤，並不是你的程式的問題。請重新提交。"), []),
            _ => report(Verdict.RuntimeError, T(
                $"The program ended before any case ran: {stopped.Error?.Message}",
                $"程式在任何測試執行前就結束了：{stopped.Error?.Message}"), []),
        };

    private static Mismatch? Compare(Exercise exercise, CaseRun expected, CaseRun actual, bool visible)
    {
        if (exercise.ChecksOutput && OutputComparer.Compare(expected.Output, actual.Output, exercise.Tolerance, visible) is { } output)
        {
            return output;
        }

        return IsVoid(exercise) || expected.Result is null || actual.Result is null
            ? null
            : ValueComparer.Compare(expected.Result, actual.Result, exercise.Tolerance, visible, exercise.ResultNames);
    }

    private static CaseResult RuntimeFailure(RunError error, bool visible, Func<Verdict, LocalizedText?, string?, CaseResult> result) =>
        error.Kind switch
        {
            RunErrorKind.SandboxFault => result(Verdict.InternalError, T(
                "The grader failed while running this case; it is not your code's fault. Please submit again.",
                "評分程式在執行這個測試時發生錯誤，並不是你的程式的問題。請重新提交。"), null),
            RunErrorKind.StackOverflow => result(Verdict.RuntimeError, T(
                "Stack overflow: a recursion that never ends, or goes too deep.",
                "堆疊溢位：遞迴沒有結束，或是太深了。"), null),
            RunErrorKind.Killed or RunErrorKind.ProcessExit when !visible => result(Verdict.RuntimeError, HiddenCaseMessages.Stopped, null),
            RunErrorKind.Killed or RunErrorKind.ProcessExit => result(Verdict.RuntimeError, T(
                $"The program was stopped while this case was running. {error.Message}",
                $"執行這個測試時程式被終止了。{error.Message}"), null),
            RunErrorKind.Exception when error.Type is nameof(OutOfMemoryException) or nameof(InsufficientExecutionStackException) =>
                result(Verdict.MemoryLimitExceeded, T("Memory limit exceeded.", "超過記憶體限制。"), null),
            // An exception or libtorch's abort (a processor-time stop ends a case as timed out, never here).
            _ => Thrown(error, visible, result),
        };

    /// <summary>An exception, or libtorch's abort: its kind only on a hidden case; on a visible one its message and line.</summary>
    private static CaseResult Thrown(RunError error, bool visible, Func<Verdict, LocalizedText?, string?, CaseResult> result)
    {
        if (!visible)
        {
            // A snippet can make an exception's message, its line, or libtorch's words about its tensors (names,
            // sizes) carry a hidden input: only the kind of error is told.
            return result(Verdict.RuntimeError, HiddenCaseMessages.RuntimeError(error), null);
        }

        // RunErrors already replaced the names of exception types a snippet declared itself.
        var what = error.FromLibtorch ? "libtorch error" : error.Name;
        var where = error.Line is { } at ? $" at line {at}" : "";
        var whereZh = error.Line is { } atZh ? $"第 {atZh} 行" : "";
        var message = T($"{what}{where}: {error.Message}", $"{whereZh}發生 {WhatZh(error, what)}：{error.Message}");
        return result(Verdict.RuntimeError, message.Append(RuntimeHints.For(error)), null);
    }

    private static string WhatZh(RunError error, string what) => error.FromLibtorch ? "libtorch 錯誤" : what;

    private static bool IsVoid(Exercise exercise) => exercise.ReturnsNothing;

    internal static string? ExpectedText(Exercise exercise, CaseRun expected) =>
        exercise.ChecksOutput ? expected.Output
        : expected.Result is { } value ? ValueFormatter.Format(value)
        : null;
}
