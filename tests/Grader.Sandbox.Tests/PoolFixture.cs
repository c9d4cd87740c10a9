using Grader.Exercises.Catalog;
using Microsoft.Extensions.Logging.Abstractions;

namespace Grader.Sandbox.Tests;

/// <summary>One real worker pool (real processes, real confinement) shared by the tests of a collection.</summary>
public sealed class PoolFixture : IAsyncLifetime
{
    public const string HonestCumsum = "(Tensor sum, Tensor cumsum) Solve(Tensor A) => (A.sum(0, keepdim: true), A.cumsum(0));";

    public SandboxPool Pool { get; private set; } = null!;

    public ExerciseCatalog Catalog { get; } = ExerciseCatalog.Load(ExerciseCatalog.DefaultDirectory);

    /// <summary>The pool's runtime folder, where the workers' copy of the catalog is.</summary>
    public string RuntimeDirectory { get; } = Directory.CreateTempSubdirectory("grader-pool-").FullName;

    public async Task InitializeAsync() =>
        Pool = await SandboxPool.StartAsync(
            Catalog, new SandboxOptions { Workers = 2, CompileAllowanceMs = 5000, RuntimeDirectory = RuntimeDirectory }, NullLogger.Instance, CancellationToken.None);

    public async Task DisposeAsync() => await Pool.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class PoolCollection : ICollectionFixture<PoolFixture>
{
    public const string Name = "pool";
}

/// <summary>
/// Tests that start pools of their own (small catalogs, special limits). They run alone, after the parallel ones:
/// their busy loops and worker starts would otherwise take the CPU that the corpus's timing-sensitive snippets (a
/// compiler bomb that must finish compiling within its allowance) need on a 2-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnPoolCollection
{
    public const string Name = "own pools";
}
