using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Grader.Benchmarks;

// "pool": the sandbox, end to end, with its own harness (processes, throughput, memory over thousands of runs);
// "pool --latency-only [--runs N]": only the warm latency.
// Anything else: BenchmarkDotNet on the grading core.
if (args is ["pool", ..])
{
    await PoolBenchmark.RunAsync(args[1..]);
    return;
}

// In process: libtorch is loaded from this program's own (patched) output folder, not from a generated project.
var config = DefaultConfig.Instance
    .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(5).WithIterationCount(30))
    .WithOptions(ConfigOptions.DisableOptimizationsValidator);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
