using System.Net.Sockets;
using Grader.Exercises.Catalog;
using Grader.Exercises.Running;
using Grader.Sandbox.Worker;
using Grader.Sandbox.Worker.Protocol;
using TorchSharp;

// A sandbox worker: usage Grader.Sandbox.Worker <socket path> <catalog folder> <writable folder> <memory margin MB>.
// Loads libtorch, warms Roslyn on one exercise, takes its baselines, connects to the host, then grades requests one at
// a time until the host closes the socket, a run ends abnormally, or its hygiene after a run fails (then it says why
// and exits to be replaced).
if (args.Length != 4 || !long.TryParse(args[3], System.Globalization.CultureInfo.InvariantCulture, out var marginMb))
{
    Console.Error.WriteLine("usage: Grader.Sandbox.Worker <socket path> <catalog folder> <writable folder> <memory margin MB>");
    return 2;
}

torch.set_num_threads(RunHygiene.TorchThreads);
var catalog = new ExerciseCache(args[1]);
Warmup.Run(catalog);
var hygiene = Hygiene.Start(new Scratch(args[2], keep: [Path.GetDirectoryName(args[0])!, AppContext.BaseDirectory, args[1]]), marginMb * 1024 * 1024);

using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
socket.Connect(new UnixDomainSocketEndPoint(args[0]));
using var channel = new NetworkStream(socket, ownsSocket: false);
var send = new Lock();
var unloads = new UnloadCheck();

void Send(WorkerMessage message)
{
    lock (send)
    {
#pragma warning disable RS0030 // messages are sent from the runner thread's callbacks, in order, under a lock
        Frames.WriteAsync(channel, message, CancellationToken.None).GetAwaiter().GetResult();
#pragma warning restore RS0030
    }
}

Send(new WorkerMessage(WorkerMessageKind.Ready, Detail: hygiene.Baseline));
var idleRuns = 0;
while (true)
{
    // Ready early, fast later: between requests, keep compiling the warm-up snippet until the JIT has optimized
    // Roslyn's hot paths; a request that arrives waits for at most one warm-up run.
    if (idleRuns < Warmup.IdleRuns)
    {
        var beforeWarmup = Hygiene.ResidentBytes();
        while (idleRuns < Warmup.IdleRuns && socket.Available == 0 && !socket.Poll(0, SelectMode.SelectRead))
        {
            Warmup.Run(catalog, ++idleRuns);
        }

        hygiene.CreditWarmup(beforeWarmup);
    }

    if (await Frames.ReadAsync<GradeRequest>(channel, CancellationToken.None) is not { } request)
    {
        break;
    }

    // An exercise that cannot be found or loaded is the grader's failure, never the student's: it is reported as
    // Failed, before any case starts, and the host judges it an internal error.
    Exercise? exercise;
    try
    {
        exercise = catalog.Find(request.ExerciseId);
    }
    catch (Exception exception) when (exception is not OutOfMemoryException)
    {
        Send(new WorkerMessage(WorkerMessageKind.Failed, Detail: $"Loading exercise {request.ExerciseId} failed: {exception.Message}"));
        continue;
    }

    if (exercise is null)
    {
        Send(new WorkerMessage(WorkerMessageKind.Failed, Detail: $"Unknown exercise {request.ExerciseId}."));
        continue;
    }

    var observer = new RunObserver(
        index => Send(new WorkerMessage(WorkerMessageKind.Started, CaseIndex: index)),
        run => Send(new WorkerMessage(WorkerMessageKind.Finished, CaseIndex: run.Index, Case: run)));
    var (run, context) = SnippetRunner.RunAndTrack(exercise, request.Code, request.Seed, observer);
    Send(new WorkerMessage(WorkerMessageKind.Result, Run: run));

    // A run that missed its deadline left a thread behind that cannot be stopped: that worker never serves again.
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var dirty = RunnerThread.Abandoned > 0 ? "a run missed its deadline and its thread could not be stopped"
        : hygiene.AfterRun() ?? (unloads.Clean(context) ? null : "a snippet's load context was not collected");
    var elapsedMs = clock.Elapsed.TotalMilliseconds;
    Send(dirty is null
        ? new WorkerMessage(WorkerMessageKind.Clean, ElapsedMs: elapsedMs)
        : new WorkerMessage(WorkerMessageKind.Dirty, Detail: dirty, ElapsedMs: elapsedMs));
    if (dirty is not null)
    {
        return 0;
    }
}

return 0;
