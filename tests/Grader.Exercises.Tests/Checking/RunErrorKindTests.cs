using Grader.Exercises.Catalog;
using Grader.Exercises.Checking;
using Grader.Exercises.Grading;
using Grader.Exercises.Running;

namespace Grader.Exercises.Tests;

/// <summary>
/// How the judge reads each kind of run error: by its kind, never by the text of its type or message, on the first
/// (visible) case and on a hidden one.
/// </summary>
[Collection(CatalogCollection.Name)]
public class RunErrorKindTests(CatalogFixture catalog)
{
    private static readonly int Seed = Seeds.ForStudent("cumsum", "run-error-kind-tests");

    private GradeReport Judged(CaseEnd end, RunError error, bool hidden = false)
    {
        var exercise = catalog["cumsum"];
        var index = hidden ? exercise.Cases(Seed).First(c => !c.Visible).Index : 0;
        var run = new SnippetRun([], [], null, [
            .. exercise.Expected(Seed).Take(index),
            new CaseRun(index, null, "", error, end, 1),
        ], 1, 1);
        return LocalGrader.JudgeRun(exercise, Seed, run);
    }

    private GradeReport StoppedBeforeCases(CaseEnd end, RunError? error) =>
        LocalGrader.JudgeRun(catalog["cumsum"], Seed, new SnippetRun([], [], null, [], 0, 1) { StoppedBeforeCases = new CaseRun(0, null, "", error, end, 1) });

    public static TheoryData<RunErrorKind, Verdict, string> Crashes() => new()
    {
        { RunErrorKind.SandboxFault, Verdict.InternalError, "it is not your code's fault" },
        { RunErrorKind.StackOverflow, Verdict.RuntimeError, "Stack overflow" },
        { RunErrorKind.Killed, Verdict.RuntimeError, "The program was stopped while this case was running. Killed by the test." },
        { RunErrorKind.ProcessExit, Verdict.RuntimeError, "The program was stopped while this case was running. Killed by the test." },
        { RunErrorKind.LibtorchAbort, Verdict.RuntimeError, "libtorch error: Killed by the test." },
    };

    [Theory]
    [MemberData(nameof(Crashes))]
    public void A_crash_is_judged_by_its_kind(RunErrorKind kind, Verdict verdict, string message)
    {
        var report = Judged(CaseEnd.Crashed, RunError.Stopped(kind, "Killed by the test."));

        Assert.Equal(verdict, report.Verdict);
        Assert.Contains(message, report.Cases[0].Message!.En, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(RunErrorKind.Killed)]
    [InlineData(RunErrorKind.ProcessExit)]
    public void A_process_stopped_on_a_hidden_case_says_nothing_of_what_it_printed(RunErrorKind kind)
    {
        var report = Judged(CaseEnd.Crashed, RunError.Stopped(kind, "what(): shape [4, 3]"), hidden: true);

        var hidden = report.Cases.First(c => !c.Visible && c.Verdict != Verdict.Accepted);
        Assert.Equal(Verdict.RuntimeError, hidden.Verdict);
        Assert.DoesNotContain("shape", hidden.Message!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_is_named_by_its_type_even_when_the_type_reads_like_a_kind()
    {
        var report = Judged(CaseEnd.Threw, new RunError(RunErrorKind.Exception, "SandboxFault", "thrown by the snippet", 3, false));

        Assert.Equal(Verdict.RuntimeError, report.Verdict);
        Assert.StartsWith("SandboxFault at line 3: thrown by the snippet", report.Cases[0].Message!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void An_out_of_memory_exception_is_a_memory_limit()
    {
        var report = Judged(CaseEnd.Threw, new RunError(RunErrorKind.Exception, nameof(OutOfMemoryException), "no memory", null, false));

        Assert.Equal(Verdict.MemoryLimitExceeded, report.Verdict);
    }

    [Fact]
    public void A_null_reference_on_a_hidden_case_gets_the_hint_about_grad()
    {
        var report = Judged(CaseEnd.Threw, new RunError(RunErrorKind.Exception, nameof(NullReferenceException), "x.grad", 2, false), hidden: true);

        var hidden = report.Cases.First(c => !c.Visible && c.Verdict != Verdict.Accepted);
        Assert.StartsWith("NullReferenceException was thrown.", hidden.Message!.En, StringComparison.Ordinal);
        Assert.Contains("backward()", hidden.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_the_cpu_time_kind_makes_a_timeout_a_cpu_time_limit()
    {
        var cpu = Judged(CaseEnd.TimedOut, RunError.Stopped(RunErrorKind.CpuTimeLimit, "used its processor time"));
        var wall = Judged(CaseEnd.TimedOut, new RunError(RunErrorKind.Exception, "CpuTimeLimit", "a type of the same name", null, false));

        Assert.Equal(Verdict.TimeLimitExceeded, cpu.Verdict);
        Assert.StartsWith("CPU time limit exceeded", cpu.Cases[0].Message!.En, StringComparison.Ordinal);
        Assert.Equal(Verdict.TimeLimitExceeded, wall.Verdict);
        Assert.StartsWith("Time limit exceeded", wall.Cases[0].Message!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sandbox_fault_before_any_case_is_an_internal_error_and_a_crash_there_is_the_snippets()
    {
        var fault = StoppedBeforeCases(CaseEnd.Crashed, RunError.Stopped(RunErrorKind.SandboxFault, "could not prepare the exercise"));
        var exit = StoppedBeforeCases(CaseEnd.Crashed, RunError.Stopped(RunErrorKind.ProcessExit, "exit code 3"));

        Assert.Equal(Verdict.InternalError, fault.Verdict);
        Assert.Equal(Verdict.RuntimeError, exit.Verdict);
        Assert.Contains("exit code 3", exit.Summary.En, StringComparison.Ordinal);
    }
}
