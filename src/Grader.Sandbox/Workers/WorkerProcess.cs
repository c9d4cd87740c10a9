using System.Diagnostics;
using System.Net.Sockets;
using Grader.Exercises.Running;
using Grader.Sandbox.Confinement;
using Grader.Sandbox.Worker.Protocol;

namespace Grader.Sandbox.Workers;

/// <summary>
/// One confined worker process and its private socket. The host owns it: it sends a request, reads the worker's
/// progress, and kills it when a deadline passes or it stops making sense. Standard output is never the channel:
/// the student's code could write to it.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    /// <summary>How often processor time is read during a run: reading it costs a few files in /proc.</summary>
    private static readonly TimeSpan CpuPollInterval = TimeSpan.FromMilliseconds(50);

    private readonly Process process;
    private readonly Socket listener;
    private readonly WorkerGroups groups;
    private readonly string directory;
    private readonly StreamTail stderr;
    private NetworkStream? channel;
    private long oomKillsBefore;
    private string? channelError;
    private volatile bool cpuExceeded;
    private int disposed;

    private WorkerProcess(int id, Process process, Socket listener, WorkerGroups groups, string directory)
    {
        Id = id;
        this.process = process;
        this.listener = listener;
        this.groups = groups;
        this.directory = directory;
        stderr = new StreamTail(process.StandardError);
        // Nothing on standard output is trusted or needed (students' prints are captured inside the worker); it is
        // drained so that a native library writing to it cannot block the process.
        _ = new StreamTail(process.StandardOutput);
    }

    public int Id { get; }

    /// <summary>Requests this worker has answered.</summary>
    public int Served { get; private set; }

    public int ProcessId => process.Id;

    /// <summary>Whether the process is gone (e.g. killed by an administrator) while it sat idle.</summary>
    public bool HasExited => process.HasExited;

    /// <summary>What the worker and its memory group measured when it was ready, and the memory limit fixed from it.</summary>
    public string Baseline { get; private set; } = "";

    /// <summary>How long the worker's hygiene after its last run took, by its own clock.</summary>
    public double? LastHygieneMs { get; private set; }

    /// <summary>Whether <see cref="DisposeAsync"/> had to kill the process: it did not exit when its socket closed.</summary>
    public bool KilledWhenRetired { get; private set; }

    /// <param name="snippetMemoryMb">What a snippet may use on top of the worker's base (the largest exercise limit).</param>
    public static async Task<WorkerProcess> StartAsync(int id, WorkerLauncher launcher, Cgroups cgroups, string runtimeDirectory, int snippetMemoryMb, CancellationToken cancellationToken)
    {
        var options = launcher.Options;
        var name = $"grader-{Environment.ProcessId}-w{id}";
        var directory = Path.Combine(runtimeDirectory, name);
        Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.OtherExecute | UnixFileMode.GroupExecute);
        var socketPath = Path.Combine(directory, "channel.sock");
        var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);
        File.SetUnixFileMode(socketPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.GroupRead | UnixFileMode.GroupWrite);

        var memoryBytes = (long)(options.WorkerBaseMemoryMb + snippetMemoryMb) * 1024 * 1024;
        var groups = cgroups.Create(name, memoryBytes, options.MaxProcesses);
        var process = Process.Start(launcher.StartInfo(socketPath, groups, options.ManagedHeapLimitMb))
            ?? throw new InvalidOperationException("The worker process did not start.");
        process.StandardInput.Close();
        var worker = new WorkerProcess(id, process, listener, groups, directory);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.StartTimeoutMs);
            var accepted = listener.AcceptAsync(timeout.Token).AsTask();
            if (await Task.WhenAny(accepted, process.WaitForExitAsync(timeout.Token)) != accepted)
            {
                await Task.WhenAny(worker.stderr.Completion, Task.Delay(1000, CancellationToken.None));
                throw new InvalidOperationException($"The worker exited during start (exit code {process.ExitCode}): {worker.stderr.Text.Trim()}");
            }

            worker.channel = new NetworkStream(await accepted, ownsSocket: true);

            // One connection per worker: nobody else can connect once the worker has.
            listener.Close();
            var ready = await Frames.ReadAsync<WorkerMessage>(worker.channel, timeout.Token);
            if (ready?.Kind != WorkerMessageKind.Ready)
            {
                throw new InvalidOperationException($"The worker did not say it was ready: {worker.stderr.Text.Trim()}");
            }

            // Once, before any snippet ran: a limit raised from later usage would grow with every leak.
            var limit = groups.Usage() + (long)(options.WorkerMemoryMarginMb + snippetMemoryMb) * 1024 * 1024;
            if (limit is { } fixedLimit)
            {
                groups.FixLimit(fixedLimit);
            }

            worker.Baseline = $"{OneLine(ready.Detail ?? "")}; memory group {groups.Usage() / (1024 * 1024)} MB, limit fixed at {groups.Limit() / (1024 * 1024)} MB";
            return worker;
        }
        catch
        {
            await worker.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Sends one request and follows it to its end, killing the worker if the wall-clock deadline passes or its
    /// processes use more processor time than <paramref name="cpuBudget"/>.
    /// </summary>
    /// <param name="caseCount">The exercise's number of cases: the worker may report only those, in order.</param>
    public async Task<WorkerOutcome> RunAsync(GradeRequest request, TimeSpan deadline, TimeSpan cpuBudget, int caseCount, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var finished = new List<CaseRun>();
        int? running = null;
        channelError = null;
        cpuExceeded = false;
        oomKillsBefore = groups.OomKills();
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(deadline);
        using var watching = new CancellationTokenSource();
        var cpuWatch = WatchCpuAsync(cpuBudget, timer, watching.Token);
        try
        {
            await Frames.WriteAsync(channel!, request, timer.Token);
            while (await Frames.ReadAsync<WorkerMessage>(channel!, timer.Token) is { } message)
            {
                // The worker is not trusted: it may only report the exercise's cases, each once, in order.
                switch (message.Kind)
                {
                    case WorkerMessageKind.Started when running is null && message.CaseIndex == finished.Count && finished.Count < caseCount:
                        running = message.CaseIndex;
                        break;
                    case WorkerMessageKind.Finished when message.Case is { } done && done.Index == running && message.CaseIndex == running
                        && RunShape.IsWellFormed(done, caseCount):
                        finished.Add(done);
                        running = null;
                        break;
                    case WorkerMessageKind.Result when message.Run is { } run && RunShape.IsWellFormed(run, caseCount):
                        Served++;
                        return new WorkerOutcome(run, finished, null, WorkerEnd.Answered, null, "", false, clock.Elapsed.TotalMilliseconds);
                    case WorkerMessageKind.Failed when running is null && finished.Count == 0:
                        // Before the snippet ran, so it is the grader's own failure (the exercise would not load).
                        return new WorkerOutcome(null, finished, null, WorkerEnd.Failed, null, "", false, clock.Elapsed.TotalMilliseconds)
                        {
                            ChannelError = message.Detail ?? "The worker could not prepare the exercise.",
                        };
                    default:
                        throw new InvalidDataException($"Unexpected message from the worker: {message.Kind} {message.Detail}");
                }
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Kill();
            return await EndedAsync(WorkerEnd.TimedOut, finished, running, clock);
        }
        catch (Exception exception) when (exception is IOException or SocketException or InvalidDataException or System.Text.Json.JsonException)
        {
            // A broken channel means the process died or misbehaved; either way it is finished.
            channelError = exception.Message;
        }
        finally
        {
            await watching.CancelAsync();
            await cpuWatch;
        }

        Kill();
        return await EndedAsync(WorkerEnd.Died, finished, running, clock);
    }

    /// <summary>
    /// After a result: null when the worker proved it is as clean as when it was ready (its hygiene after the run
    /// passed) and may serve again; otherwise why it may not, for the log.
    /// </summary>
    public async Task<string?> SettleAsync(TimeSpan timeout)
    {
        try
        {
            using var timer = new CancellationTokenSource(timeout);
            var message = await Frames.ReadAsync<WorkerMessage>(channel!, timer.Token);
            LastHygieneMs = message?.ElapsedMs;
            return message?.Kind switch
            {
                WorkerMessageKind.Clean => null,
                // The worker's own words, from a process a snippet ran in: kept short and on one line for the log.
                WorkerMessageKind.Dirty => $"the worker retired itself: {OneLine(message.Detail ?? "no reason given")}",
                null => "the worker closed its socket instead of saying whether it is clean",
                _ => $"the worker sent {message.Kind} instead of saying whether it is clean",
            };
        }
        catch (OperationCanceledException)
        {
            return $"the worker did not say whether it is clean within {timeout.TotalSeconds} s";
        }
        catch (Exception exception) when (exception is IOException or SocketException or InvalidDataException or System.Text.Json.JsonException)
        {
            return $"the channel broke while waiting for the worker's hygiene: {exception.Message}";
        }
    }

    private static string OneLine(string text)
    {
        var line = string.Concat(text.Select(c => char.IsControl(c) ? ' ' : c));
        return line.Length > 500 ? line[..500] + "…" : line;
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        // A closed socket tells an idle worker to exit; one that is busy, or will not, is killed after a grace period.
        channel?.Dispose();
        using (var grace = new CancellationTokenSource(TimeSpan.FromSeconds(2)))
        {
            try
            {
                await process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                KilledWhenRetired = true;
                Kill();
            }
        }

        await process.WaitForExitAsync();
        listener.Dispose();
        await groups.RemoveAsync();
        process.Dispose();
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the runtime folder's own clean-up.
        }
    }

    private async Task<WorkerOutcome> EndedAsync(WorkerEnd end, List<CaseRun> finished, int? running, Stopwatch clock)
    {
        await process.WaitForExitAsync();
        await Task.WhenAny(stderr.Completion, Task.Delay(1000));
        var outOfMemory = groups.OomKills() > oomKillsBefore;
        return new WorkerOutcome(null, finished, running, end, process.ExitCode, stderr.Text, outOfMemory, clock.Elapsed.TotalMilliseconds)
        {
            ChannelError = channelError,
            CpuLimitExceeded = cpuExceeded,
        };
    }

    /// <summary>
    /// Polls the worker's processor time while a request runs and ends the run (through its deadline's token) when
    /// the budget is spent. The wall-clock deadline alone would let several busy threads use a multiple of it.
    /// </summary>
    private async Task WatchCpuAsync(TimeSpan budget, CancellationTokenSource deadline, CancellationToken stop)
    {
        var cpu = new CpuClock(groups, process.Id);
        var start = cpu.TotalMs();
        using var poll = new PeriodicTimer(CpuPollInterval);
        try
        {
            while (await poll.WaitForNextTickAsync(stop))
            {
                if (cpu.TotalMs() - start > budget.TotalMilliseconds)
                {
                    cpuExceeded = true;
                    await deadline.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The run ended first.
        }
    }

    private void Kill()
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
