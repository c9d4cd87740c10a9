using System.Collections.Concurrent;
using System.Reflection;
using Grader.Exercises.Compiling;
using Grader.Exercises.Running;
using Grader.Exercises.Values;
using TorchSharp;

namespace Grader.Exercises.Catalog;

/// <summary>
/// One exercise of the catalog: what students see (title, description, signature, starter, visible examples) and
/// what only the grader sees (the reference, hidden cases, misconceptions).
/// </summary>
public sealed class Exercise
{
    private const int MaxCachedSeeds = 4096;

    private readonly CaseSet caseSet;
    private readonly CompiledSnippet reference;
    private readonly MethodInfo referenceEntryPoint;
    private readonly LruCache<int, Lazy<IReadOnlyList<CaseRun>>> expectedBySeed = new(MaxCachedSeeds);

    internal Exercise(
        ExerciseMetadata metadata,
        LocalizedText description,
        LocalizedText starter,
        string version,
        CaseSet caseSet,
        CompiledSnippet reference,
        MethodInfo referenceEntryPoint)
    {
        Id = metadata.Id;
        Topic = metadata.Topic;
        Order = metadata.Order;
        Title = metadata.Title;
        Description = description;
        Signature = metadata.Signature;
        EntryPoint = metadata.EntryPoint;
        ChecksOutput = metadata.ChecksOutput;
        Tolerance = metadata.Tolerance ?? Tolerance.Default;
        Limits = metadata.Limits ?? Limits.Default;
        Forbidden = CatalogLoader.Forbidden(metadata);
        Starter = starter;
        Version = version;
        this.caseSet = caseSet;
        this.reference = reference;
        this.referenceEntryPoint = referenceEntryPoint;
        Parameters = [.. referenceEntryPoint.GetParameters().Select(p => p.ParameterType)];
        ResultNames = TupleNames(referenceEntryPoint);
        ReturnType = referenceEntryPoint.ReturnType;
        ReturnsNothing = referenceEntryPoint.ReturnType == typeof(void);
    }

    public string Id { get; }

    public string Topic { get; }

    /// <summary>Where the exercise comes in the chapter.</summary>
    public int Order { get; }

    public LocalizedText Title { get; }

    public LocalizedText Description { get; }

    /// <summary>The entry point students must define, as C# ("(Tensor sum, Tensor cumsum) Solve(Tensor A)").</summary>
    public string Signature { get; }

    public string EntryPoint { get; }

    public IReadOnlyList<Type> Parameters { get; }

    /// <summary>The type the entry point returns (the reference's; its signature is checked against exercise.json's).</summary>
    public Type ReturnType { get; }

    /// <summary>Names of the elements of a tuple result, from the reference's signature; empty otherwise.</summary>
    public IReadOnlyList<string> ResultNames { get; }

    /// <summary>Whether the entry point returns void (its output is what is checked).</summary>
    public bool ReturnsNothing { get; }

    /// <summary>Whether standard output is checked (line by line) in addition to the returned value.</summary>
    public bool ChecksOutput { get; }

    public Tolerance Tolerance { get; }

    public Limits Limits { get; }

    public IReadOnlyList<ApiRule> Forbidden { get; }

    /// <summary>Code to start from, with its comments in each language (the code itself is the same).</summary>
    public LocalizedText Starter { get; }

    /// <summary>A hash of every file of the exercise: results graded under another version may differ.</summary>
    public string Version { get; }

    public int Points => caseSet.Cases.Sum(c => c.Points);

    public IReadOnlyList<MisconceptionDefinition> Misconceptions => caseSet.Misconceptions;

    /// <summary>The cases for one seed: visible examples are the same for everyone, hidden ones vary with the seed.</summary>
    public IReadOnlyList<TestCase> Cases(int seed) =>
    [
        .. caseSet.Cases.Select((definition, index) =>
        {
            var caseSeed = Seeds.ForCase(seed, index);
            return new TestCase(
                index,
                definition.Name,
                definition.Visible,
                definition.Points,
                definition.Hint,
                definition.ShownAs,
                () => definition.Arguments(new Random(caseSeed)));
        }),
    ];

    /// <summary>
    /// The visible cases (the same for every student) with the reference's results on them: the runs for seed 0,
    /// from <see cref="Expected"/> or a grader's store; without them the examples have no expected text.
    /// </summary>
    public IReadOnlyList<Example> Examples(IReadOnlyList<CaseRun>? expected) =>
    [
        .. Cases(0).Where(c => c.Visible)
            .Select(c => new Example(c.Index, c.Name, c.ShownAs, expected is null ? null : Checking.Judge.ExpectedText(this, expected[c.Index]))),
    ];

    /// <summary>The seed whose cases are the visible examples.</summary>
    public const int ExampleSeed = 0;

    /// <summary>
    /// The reference's results for a seed, computed once and kept (they depend on nothing else). Callers asking for
    /// the same seed at once share one run, so a grader may start it beside the sandbox's compile and the judge then
    /// finds it done. Results that are still incomplete after <see cref="RunReference"/>'s second try are not kept.
    /// </summary>
    public IReadOnlyList<CaseRun> Expected(int seed)
    {
        var entry = expectedBySeed.GetOrAdd(seed, s => new Lazy<IReadOnlyList<CaseRun>>(() => RunReference(s)));
        IReadOnlyList<CaseRun>? runs = null;
        try
        {
            runs = entry.Value;
            return runs;
        }
        finally
        {
            if (runs is null || !Complete(runs))
            {
                expectedBySeed.Remove(seed, entry);
            }
        }
    }

    /// <summary>
    /// Runs the reference on a seed's cases now, without the cache (for a grader with a cache of its own). A run that
    /// missed its deadline on a busy machine says nothing about the reference: it runs once more before anyone sees it.
    /// </summary>
    public IReadOnlyList<CaseRun> RunReference(int seed)
    {
        var runs = RunReferenceOnce(seed);
        return Complete(runs) ? runs : RunReferenceOnce(seed);
    }

    /// <summary>Whether every case of a reference run returned (none missed its deadline or threw).</summary>
    public static bool Complete(IReadOnlyList<CaseRun> runs) => runs.All(r => r.End == CaseEnd.Returned);

    private IReadOnlyList<CaseRun> RunReferenceOnce(int seed) =>
        CaseRunner.Run(reference, referenceEntryPoint, Cases(seed), Limits with { TimeMs = Math.Max(Limits.TimeMs, 30_000) });

    /// <summary>What each misconception gives on a case's inputs (trusted catalog code; a misconception that throws gives nothing).</summary>
    public IEnumerable<(MisconceptionDefinition Misconception, Value Result)> MisconceptionResults(TestCase testCase)
    {
        foreach (var misconception in caseSet.Misconceptions.Where(m => m.Result is not null))
        {
            Value? value;
            using (torch.NewDisposeScope())
            {
                try
                {
                    // A misconception returns null where it does not apply (e.g. BA when the shapes do not allow it).
                    var result = misconception.Result!(testCase.Arguments());
                    value = result is null ? null : ValueCapture.From(result);
                }
                catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or System.Runtime.InteropServices.ExternalException or IndexOutOfRangeException)
                {
                    value = null;
                }
            }

            if (value is not null)
            {
                yield return (misconception, value);
            }
        }
    }

    /// <summary>
    /// The misconceptions whose symptom <paramref name="actual"/> shows on a case (trusted catalog code, over plain
    /// values; a symptom that throws shows nothing).
    /// </summary>
    public IEnumerable<MisconceptionDefinition> MisconceptionsShown(TestCase testCase, Value expected, Value actual)
    {
        foreach (var misconception in caseSet.Misconceptions.Where(m => m.Symptom is not null))
        {
            bool shown;
            using (torch.NewDisposeScope())
            {
                try
                {
                    shown = misconception.Symptom!(testCase.Arguments(), expected, actual);
                }
                catch (Exception exception) when (exception is ArgumentException or InvalidOperationException or InvalidCastException or IndexOutOfRangeException or ArithmeticException)
                {
                    shown = false;
                }
            }

            if (shown)
            {
                yield return misconception;
            }
        }
    }

    private static string[] TupleNames(MethodInfo method) =>
        method.ReturnParameter.GetCustomAttribute<System.Runtime.CompilerServices.TupleElementNamesAttribute>() is { } names
            ? [.. names.TransformNames.Select((name, i) => name ?? $"Item{i + 1}")]
            : [];
}
