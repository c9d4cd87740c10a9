using Grader.Exercises.Catalog;
using Grader.Exercises.Running;
using Grader.Sandbox.Worker.Protocol;
using Grader.Sandbox.Workers;

namespace Grader.Sandbox.Tests;

/// <summary>
/// Run errors on their way from a worker to the judge, in this process: the kind crosses the socket as a value, the
/// host reads a dead worker's end as a kind, and a worker may claim no kind but an exception.
/// </summary>
/// <remarks>In the pool's collection for its loaded catalog: loading another beside the hostile corpus would take the
/// processor time its compiler bombs are measured by.</remarks>
[Collection(PoolCollection.Name)]
public sealed class RunErrorCrossingTests(PoolFixture fixture)
{
    private Exercise Cumsum => fixture.Catalog.Find("cumsum")!;

    [Fact]
    public async Task A_run_error_crosses_the_socket_with_its_kind()
    {
        var error = new RunError(RunErrorKind.Exception, "ArgumentException", "bad", 3, false);
        var sent = new WorkerMessage(WorkerMessageKind.Finished, 0, new CaseRun(0, null, "", error, CaseEnd.Threw, 1));
        using var socket = new MemoryStream();

        await Frames.WriteAsync(socket, sent, CancellationToken.None);
        socket.Position = 0;
        var received = await Frames.ReadAsync<WorkerMessage>(socket, CancellationToken.None);

        Assert.Equal(error, received!.Case!.Error);
        Assert.Contains("\"Kind\":\"Exception\"", System.Text.Encoding.UTF8.GetString(socket.ToArray()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_error_that_names_no_kind_is_an_exception()
    {
        using var socket = new MemoryStream();
        await Frames.WriteAsync(socket, new { Kind = "Finished", CaseIndex = 0, Case = new { Index = 0, Output = "", Error = new { Type = "ArgumentException", Message = "bad" }, End = "Threw" } }, CancellationToken.None);
        socket.Position = 0;

        var received = await Frames.ReadAsync<WorkerMessage>(socket, CancellationToken.None);

        Assert.Equal(RunErrorKind.Exception, received!.Case!.Error!.Kind);
        Assert.Equal("ArgumentException", received.Case.Error.Type);
    }

    [Theory]
    [InlineData(RunErrorKind.SandboxFault)]
    [InlineData(RunErrorKind.CpuTimeLimit)]
    [InlineData(RunErrorKind.Killed)]
    public void A_worker_may_not_claim_a_kind_the_host_decides(RunErrorKind kind)
    {
        var forged = new CaseRun(0, null, "", RunError.Stopped(kind, "not your code's fault"), CaseEnd.Crashed, 1);
        var honest = new CaseRun(0, null, "", new RunError(RunErrorKind.Exception, "ArgumentException", "bad", 3, false), CaseEnd.Threw, 1);

        Assert.False(RunShape.IsWellFormed(forged, caseCount: 3));
        Assert.False(RunShape.IsWellFormed(new SnippetRun([], [], null, [forged], 1, 1), caseCount: 3));
        Assert.True(RunShape.IsWellFormed(honest, caseCount: 3));
        Assert.True(RunShape.IsWellFormed(new SnippetRun([], [], null, [honest], 1, 1), caseCount: 3));
    }

    [Fact]
    public void A_worker_may_not_say_the_run_stopped_before_its_cases()
    {
        var stopped = new SnippetRun([], [], null, [], 1, 1) { StoppedBeforeCases = new CaseRun(0, null, "", null, CaseEnd.TimedOut, 1) };

        Assert.False(RunShape.IsWellFormed(stopped, caseCount: 3));
    }

    public static TheoryData<string, string, int?, string?, RunErrorKind> Ends() => new()
    {
        { "Stack overflow.\n   at Down(Int64)", "Died", 134, null, RunErrorKind.StackOverflow },
        { "terminate called after throwing an instance of 'c10::Error'\n  what():  mat1 and mat2 shapes cannot be multiplied\n", "Died", 134, null, RunErrorKind.LibtorchAbort },
        { "", "Died", 1, "The socket closed in the middle of a frame.", RunErrorKind.SandboxFault },
        { "", "Died", 137, null, RunErrorKind.SandboxFault },
        { "", "Died", 3, null, RunErrorKind.ProcessExit },
        { "", "Failed", null, "Unknown exercise cumsum.", RunErrorKind.SandboxFault },
    };

    [Theory]
    [MemberData(nameof(Ends))]
    public void How_a_worker_ended_becomes_the_kind_of_the_running_cases_error(string stderr, string endName, int? exitCode, string? channelError, RunErrorKind kind)
    {
        var end = Enum.Parse<WorkerEnd>(endName);
        var outcome = new WorkerOutcome(null, [], Running: end == WorkerEnd.Failed ? null : 1, end, exitCode, stderr, false, 10) { ChannelError = channelError };

        var run = OutcomeReader.ToRun(outcome, Cumsum);

        var stopped = end == WorkerEnd.Failed ? run.StoppedBeforeCases! : run.Cases[1];
        Assert.Equal(CaseEnd.Crashed, stopped.End);
        Assert.Equal(kind, stopped.Error!.Kind);
        Assert.Null(stopped.Error.Type);
    }

    [Fact]
    public void A_run_stopped_for_processor_time_carries_that_kind()
    {
        var outcome = new WorkerOutcome(null, [], 0, WorkerEnd.TimedOut, 137, "", false, 10) { CpuLimitExceeded = true };

        var stopped = OutcomeReader.ToRun(outcome, Cumsum).Cases[0];

        Assert.Equal(CaseEnd.TimedOut, stopped.End);
        Assert.Equal(RunErrorKind.CpuTimeLimit, stopped.Error!.Kind);
    }
}
