using System.Diagnostics.Metrics;
using System.Text;
using System.Threading.Channels;
using Grader.Exercises.Catalog;
using Grader.Exercises.Checking;
using Grader.Exercises.Running;
using Grader.Exercises.Grading;
using Grader.Sandbox.Confinement;
using Grader.Sandbox.Worker.Protocol;
using Grader.Sandbox.Workers;
using Microsoft.Extensions.Logging;

namespace Grader.Sandbox;

/// <summary>
/// A pool of warm, confined worker processes. <see cref="RunAsync"/> hands a snippet to an idle worker, follows it
/// to its end, and judges the raw results here, on the host. A worker serves again only after a clean run (its
/// snippet's load context collected); after anything else, or after <see cref="SandboxOptions.RecycleAfter"/> runs,
/// it is replaced. Settling and replacing happen in the background; <see cref="DisposeAsync"/> waits for them.
/// </summary>
public sealed class SandboxPool : IAsyncDisposable
{
    private readonly ExerciseCatalog catalog;
    private readonly SandboxOptions options;
    private readonly ILogger logger;
    private readonly WorkerLauncher launcher;
    private readonly Cgroups cgroups;
    private readonly string runtimeDirectory;
    private readonly Channel<WorkerProcess> idle = Channel.CreateUnbounded<WorkerProcess>();
    private readonly CancellationTokenSource stopping = new();
    private readonly HashSet<WorkerProcess> live = [];
    private readonly Lock liveGate = new();
    private readonly BackgroundWork background;
    private readonly SandboxMetrics metrics;
    private int nextWorkerId;
    private int ready;
    private int disposed;

    private SandboxPool(ExerciseCatalog catalog, SandboxOptions options, ILogger logger, SandboxMetrics metrics, SandboxLayers layers, Cgroups cgroups, string runtimeDirectory, string workerDll)
    {
        this.catalog = catalog;
        this.options = options;
        this.logger = logger;
        this.metrics = metrics;
        this.cgroups = cgroups;
        this.runtimeDirectory = runtimeDirectory;
        Layers = layers;
        background = new BackgroundWork(logger);
        launcher = new WorkerLauncher(options, layers, workerDll, WorkerCatalog.Prepare(catalog, runtimeDirectory));
    }

    /// <summary>The confinement in force, for the start-up log and the health report.</summary>
    public SandboxLayers Layers { get; }

    /// <summary>The exercises this pool's workers run (the judge needs the same ones).</summary>
    public ExerciseCatalog Catalog => catalog;

    /// <summary>The first process of each live worker, for diagnostics and benchmarks.</summary>
    public IReadOnlyList<int> WorkerProcessIds
    {
        get
        {
            lock (liveGate)
            {
                return [.. live.Select(w => w.ProcessId)];
            }
        }
    }

    /// <summary>Workers idle and ready for a submission now.</summary>
    public int ReadyWorkers => Volatile.Read(ref ready);

    /// <summary>Detects the confinement the host offers, starts the workers and waits until all are ready.</summary>
    public static Task<SandboxPool> StartAsync(ExerciseCatalog catalog, SandboxOptions options, ILogger logger, CancellationToken cancellationToken) =>
        StartAsync(catalog, options, logger, meters: null, cancellationToken);

    /// <summary>
    /// Detects the confinement the host offers, starts the workers and waits until all are ready; the pool's metrics
    /// (<see cref="SandboxMetrics"/>) come from <paramref name="meters"/>, the host's, when given.
    /// </summary>
    public static async Task<SandboxPool> StartAsync(
        ExerciseCatalog catalog, SandboxOptions options, ILogger logger, IMeterFactory? meters, CancellationToken cancellationToken)
    {
        var cgroups = Cgroups.Detect();
        var bubblewrap = options.UseBubblewrap && WorkerLauncher.BubblewrapWorks();
        if (options.UseBubblewrap && !bubblewrap && !options.StartWithoutBubblewrapIfMissing)
        {
            // Fail closed: without bubblewrap a snippet would see the server's files and network.
            throw new InvalidOperationException(
                "bubblewrap (bwrap) is not installed or cannot run here. Install it (apt-get install bubblewrap), or set "
                + "Sandbox:UseBubblewrap to false to run workers without that layer, knowingly.");
        }

        var layers = new SandboxLayers(bubblewrap, cgroups.Version, cgroups.PidsParent is not null);
        var runtimeDirectory = options.RuntimeDirectory ?? RuntimeDirectory.Create();
        Directory.CreateDirectory(runtimeDirectory);
        File.SetUnixFileMode(runtimeDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        var workerDll = options.WorkerPath ?? Path.Combine(AppContext.BaseDirectory, "Grader.Sandbox.Worker.dll");

        foreach (var layer in layers.Describe())
        {
            logger.Log(layer.Contains("NOT", StringComparison.Ordinal) ? LogLevel.Warning : LogLevel.Information, "Sandbox layer {Layer}", layer);
        }

        var pool = new SandboxPool(catalog, options, logger, new SandboxMetrics(meters), layers, cgroups, runtimeDirectory, workerDll);
        await Task.WhenAll(Enumerable.Range(0, options.Workers).Select(_ => pool.AddWorkerAsync(WorkerStartCause.PoolStart, cancellationToken)));
        return pool;
    }

    /// <summary>
    /// Compiles and runs a snippet on a seed's cases in a worker (waiting for an idle one first) and returns the raw
    /// runs, for the judge on the grader's side (<see cref="Judge.Decide"/>). Whatever the snippet does, even when it
    /// kills its worker, is a run; so is a fault of the worker's that the snippet might have caused (a broken channel
    /// is judged an internal error). Only failures of the pool's own throw, and only
    /// <see cref="SandboxUnavailableException"/> is worth retrying.
    /// </summary>
    /// <exception cref="ArgumentException">The exercise is unknown or the code is over the size limit: the same request fails again.</exception>
    /// <exception cref="SandboxUnavailableException">The pool has stopped, or stopped or lost its worker during the run: try again.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<SnippetRun> RunAsync(string exerciseId, string code, int seed, CancellationToken cancellationToken)
    {
        var exercise = catalog.Find(exerciseId) ?? throw new ArgumentException($"There is no exercise \"{exerciseId}\".", nameof(exerciseId));
        if (Encoding.UTF8.GetByteCount(code) > options.MaxCodeBytes)
        {
            throw new ArgumentException($"The code is longer than {options.MaxCodeBytes} bytes.", nameof(code));
        }

        var worker = await TakeLiveWorkerAsync(cancellationToken);
        // Compiling takes wall-clock and processor time alike: both limits get an allowance for it.
        var deadline = TimeSpan.FromMilliseconds(exercise.Limits.TimeMs + options.CompileAllowanceMs);
        var cpuBudget = TimeSpan.FromMilliseconds(exercise.Limits.CpuBudgetMs + options.CompileCpuAllowanceMs);
        WorkerOutcome outcome;
        try
        {
            outcome = await worker.RunAsync(
                new GradeRequest(exerciseId, code, seed), deadline, cpuBudget, exercise.Cases(seed).Count, cancellationToken);
        }
        catch (Exception exception)
        {
            // Cancelled by the caller, or the host failed talking to it: the worker is in an unknown state.
            logger.LogWarning(exception, "Abandoning worker {Worker} in the middle of a run", worker.Id);
            background.Start(() => ReplaceAsync(worker, WorkerRetireCause.Abandoned), $"replacing worker {worker.Id}");
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                throw;
            }

            throw new SandboxUnavailableException($"The sandbox lost worker {worker.Id} in the middle of a run.", exception);
        }

        if (outcome.End != WorkerEnd.Answered && stopping.IsCancellationRequested)
        {
            // The pool killed the worker on its way out: how the run ended says nothing about the snippet.
            background.Start(() => ReplaceAsync(worker, WorkerRetireCause.Stopping), $"replacing worker {worker.Id}");
            throw new SandboxUnavailableException("The sandbox pool stopped during the run.");
        }

        if (outcome.End == WorkerEnd.Failed)
        {
            logger.LogError("Worker {Worker} could not prepare exercise {Exercise}: {Detail}", worker.Id, exerciseId, outcome.ChannelError);
        }

        background.Start(() => SettleAsync(worker, outcome), $"settling worker {worker.Id}");
        return OutcomeReader.ToRun(outcome, exercise);
    }

    /// <summary>
    /// Stops every worker and waits for the pool's background work; a failure there is logged, never thrown. Calls to
    /// <see cref="RunAsync"/> still running end with <see cref="SandboxUnavailableException"/>.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stopping.CancelAsync();
        idle.Writer.TryComplete();
        while (idle.Reader.TryRead(out _))
        {
            // Idle workers are stopped below with the others; none may be handed out any more.
            Interlocked.Decrement(ref ready);
        }

        // Stopping the workers first ends what background work waits on (a worker's socket, a start being made); a
        // replacement that started meanwhile joins the live set before its work ends, and is stopped after it.
        await RetireAllAsync();
        await background.WaitAsync();
        await RetireAllAsync();
        try
        {
            Directory.Delete(runtimeDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Another process may still hold a file; the temp folder's own clean-up will take it.
        }

        stopping.Dispose();
        metrics.Dispose();
    }

    /// <summary>An idle worker whose process is alive; dead ones found in the queue are replaced.</summary>
    private async Task<WorkerProcess> TakeLiveWorkerAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            WorkerProcess worker;
            try
            {
                worker = await idle.Reader.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException exception)
            {
                throw new SandboxUnavailableException("The sandbox pool has stopped.", exception);
            }

            Interlocked.Decrement(ref ready);
            if (!worker.HasExited)
            {
                return worker;
            }

            logger.LogWarning("Worker {Worker} died while idle; replacing it", worker.Id);
            background.Start(() => ReplaceAsync(worker, WorkerRetireCause.Crashed), $"replacing worker {worker.Id}");
        }
    }

    private async Task SettleAsync(WorkerProcess worker, WorkerOutcome outcome)
    {
        WorkerRetireCause cause;
        try
        {
            if (outcome.End != WorkerEnd.Answered)
            {
                logger.LogInformation("Replacing worker {Worker} after {Served} runs ({End})", worker.Id, worker.Served, outcome.End);
                cause = Ended(outcome);
            }
            else if (await worker.SettleAsync(TimeSpan.FromSeconds(10)) is { } unfit)
            {
                // A worker that cannot prove it is clean retires before it serves anyone else; why is for operators.
                logger.LogWarning("Retiring worker {Worker} after {Served} runs: {Reason}", worker.Id, worker.Served, unfit);
                cause = WorkerRetireCause.Hygiene;
            }
            else if (worker.Served < options.RecycleAfter && !stopping.IsCancellationRequested && idle.Writer.TryWrite(worker))
            {
                logger.LogDebug("Worker {Worker} is clean again ({HygieneMs} ms of hygiene)", worker.Id, worker.LastHygieneMs);
                Interlocked.Increment(ref ready);
                return;
            }
            else
            {
                logger.LogInformation("Replacing worker {Worker} after {Served} runs (recycled, or the pool is stopping)", worker.Id, worker.Served);
                cause = worker.Served >= options.RecycleAfter ? WorkerRetireCause.Recycled : WorkerRetireCause.Stopping;
            }
        }
        catch (Exception exception) when (stopping.IsCancellationRequested)
        {
            // The pool stopped the worker while it was settling: expected on the way out.
            logger.LogDebug(exception, "Worker {Worker} stopped while settling", worker.Id);
            cause = WorkerRetireCause.Stopping;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Settling worker {Worker} failed; replacing it", worker.Id);
            cause = WorkerRetireCause.Failed;
        }

        await ReplaceAsync(worker, cause);
    }

    /// <summary>Why a run that did not end in an answer retires its worker; counts the kill that ended it, if one did.</summary>
    private WorkerRetireCause Ended(WorkerOutcome outcome)
    {
        switch (outcome.End)
        {
            case WorkerEnd.TimedOut:
                metrics.Killed(outcome.CpuLimitExceeded ? WorkerKillCause.CpuLimit : WorkerKillCause.TimeLimit);
                return WorkerRetireCause.TimeLimit;
            case WorkerEnd.Died when outcome.OutOfMemory:
                metrics.Killed(WorkerKillCause.Memory);
                return WorkerRetireCause.Memory;
            case WorkerEnd.Died:
                return WorkerRetireCause.Crashed;
            default:
                return WorkerRetireCause.Failed;
        }
    }

    /// <summary>Retires a worker and starts another in its place; never throws (it runs in the background).</summary>
    private async Task ReplaceAsync(WorkerProcess worker, WorkerRetireCause cause)
    {
        try
        {
            await RetireAsync(worker, cause);
            if (!stopping.IsCancellationRequested)
            {
                await AddWorkerAsync(WorkerStartCause.Replacement, stopping.Token);
            }
        }
        catch (Exception exception) when (stopping.IsCancellationRequested)
        {
            // The start of the replacement was cut off because the pool is stopping: nothing is missing.
            logger.LogDebug(exception, "Worker {Worker} was not replaced: the pool is stopping", worker.Id);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            logger.LogError(exception, "Could not replace worker {Worker}; the pool has one worker fewer", worker.Id);
        }
    }

    private async Task AddWorkerAsync(WorkerStartCause cause, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var snippetMemoryMb = catalog.Exercises.Max(e => e.Limits.MemoryMb);
                var worker = await WorkerProcess.StartAsync(Interlocked.Increment(ref nextWorkerId), launcher, cgroups, runtimeDirectory, snippetMemoryMb, cancellationToken);
                logger.LogInformation("Worker {Worker} ready: {Baseline}", worker.Id, worker.Baseline);
                metrics.Started(cause);
                lock (liveGate)
                {
                    live.Add(worker);
                }

                if (idle.Writer.TryWrite(worker))
                {
                    Interlocked.Increment(ref ready);
                }

                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
            {
                metrics.StartFailed();
                if (attempt >= 20)
                {
                    throw;
                }

                logger.LogError(exception, "A sandbox worker failed to start (attempt {Attempt})", attempt);
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Min(5000, 200 * attempt)), cancellationToken);
            }
        }
    }

    private async Task RetireAllAsync()
    {
        WorkerProcess[] workers;
        lock (liveGate)
        {
            workers = [.. live];
        }

        await Task.WhenAll(workers.Select(worker => RetireAsync(worker, WorkerRetireCause.Stopping)));
    }

    private async Task RetireAsync(WorkerProcess worker, WorkerRetireCause cause)
    {
        bool retiring;
        lock (liveGate)
        {
            // The pool's stop and a replacement can both retire a worker: whoever takes it out of the set counts it.
            retiring = live.Remove(worker);
        }

        if (retiring)
        {
            metrics.Retired(cause);
        }

        await worker.DisposeAsync();
        if (retiring && worker.KilledWhenRetired)
        {
            metrics.Killed(WorkerKillCause.Unresponsive);
        }
    }
}
