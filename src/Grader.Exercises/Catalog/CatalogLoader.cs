using System.Security.Cryptography;
using System.Text.Json;
using Grader.Exercises.Compiling;
using Grader.Exercises.Running;
using Grader.Exercises.Values;

namespace Grader.Exercises.Catalog;

/// <summary>
/// Reads an exercise folder (exercise.json, description.en.md, description.zh-TW.md, reference.cs, starter.cs,
/// starter.zh-TW.cs, cases.cs) and proves it works: every file compiles, the zh-TW starter differs from the English
/// one only in comments, the reference runs every case and gives the same results twice, and every misconception
/// differs from the reference somewhere. Problems are reported by file and line.
/// </summary>
internal static partial class CatalogLoader
{
    private static readonly string[] Files =
        ["exercise.json", "description.en.md", "description.zh-TW.md", "reference.cs", "starter.cs", "starter.zh-TW.cs", "cases.cs"];

    /// <summary>Seeds the reference is tried on while loading; any seed must work, these stand for all.</summary>
    private static readonly int[] ValidationSeeds = [1, 2];

    public static ExerciseCatalog Load(string directory, bool runReferences)
    {
        if (!Directory.Exists(directory))
        {
            throw new CatalogException([new CatalogError(directory, null, "The catalog folder does not exist.")]);
        }

        var errors = new List<CatalogError>();
        var exercises = new List<Exercise>();
        foreach (var folder in Directory.GetDirectories(directory).Order(StringComparer.Ordinal))
        {
            var problems = new List<CatalogError>();
            var exercise = LoadExercise(folder, runReferences, problems);
            errors.AddRange(problems);
            if (exercise is not null && problems.Count == 0)
            {
                exercises.Add(exercise);
            }
        }

        if (exercises.Count == 0 && errors.Count == 0)
        {
            errors.Add(new CatalogError(directory, null, "The catalog has no exercises."));
        }

        return errors.Count > 0 ? throw new CatalogException(errors) : new ExerciseCatalog(directory, exercises);
    }

    internal static Exercise? LoadExercise(string folder, bool runReferences, List<CatalogError> errors)
    {
        string PathOf(string file) => Path.Combine(folder, file);

        var missing = Files.Where(file => !File.Exists(PathOf(file))).ToList();
        if (missing.Count > 0)
        {
            errors.AddRange(missing.Select(file => new CatalogError(PathOf(file), null, "This file is missing.")));
            return null;
        }

        var metadata = ReadMetadata(PathOf("exercise.json"), Path.GetFileName(folder), errors);
        if (metadata is null)
        {
            return null;
        }

        var caseSet = LoadCases(PathOf("cases.cs"), errors);
        // The reference is held to the students' rules, so no exercise needs what a student may not use.
        var reference = CompileSnippet(PathOf("reference.cs"), Forbidden(metadata), errors, SnippetPolicy.Allowlist);
        var starter = CompileSnippet(PathOf("starter.cs"), [], errors);
        using var starterLoaded = starter;
        var starters = ReadStarters(PathOf("starter.cs"), PathOf("starter.zh-TW.cs"), errors);
        if (caseSet is null || reference is null || starter is null)
        {
            reference?.Dispose();
            return null;
        }

        var entryPoint = reference.Methods.FirstOrDefault(m => m.Name == metadata.EntryPoint);
        if (entryPoint is null)
        {
            errors.Add(new CatalogError(PathOf("reference.cs"), null, $"The reference defines no method {metadata.EntryPoint}."));
            return null;
        }

        var parameters = entryPoint.GetParameters().Select(p => p.ParameterType).ToList();
        if (EntryPoints.Find(starter, metadata.EntryPoint, parameters, entryPoint.ReturnType) is null)
        {
            var mismatch = EntryPointSignature.Mismatch(
                starter, File.ReadAllText(PathOf("starter.cs")), metadata.EntryPoint, metadata.Signature, parameters);
            errors.Add(new CatalogError(PathOf("starter.cs"), mismatch.Span?.Line, mismatch.Message.En));
        }

        CheckSignature(metadata, parameters, entryPoint.ReturnType, PathOf("exercise.json"), errors);

        var exercise = new Exercise(
            metadata,
            new LocalizedText(File.ReadAllText(PathOf("description.en.md")).Trim(), File.ReadAllText(PathOf("description.zh-TW.md")).Trim()),
            starters,
            Version(folder),
            caseSet,
            reference,
            entryPoint);
        if (runReferences)
        {
            ValidateCases(exercise, PathOf("cases.cs"), PathOf("reference.cs"), errors);
        }

        return exercise;
    }

    /// <summary>
    /// The signature students are shown (exercise.json) must be the reference's, type for type: a submission is held
    /// to it at compile time and told it word for word when it differs.
    /// </summary>
    private static void CheckSignature(ExerciseMetadata metadata, List<Type> parameters, Type returnType, string path, List<CatalogError> errors)
    {
        if (EntryPointSignature.Declaration(metadata.Signature) is not { } declaration || declaration.Identifier.Text != metadata.EntryPoint)
        {
            errors.Add(new CatalogError(path, null, $"The signature \"{metadata.Signature}\" is not a declaration of a method {metadata.EntryPoint}."));
            return;
        }

        using var stub = SnippetCompiler.Shared.Compile($"{metadata.Signature} => throw new NotImplementedException();", []).Snippet;
        if (stub is null || EntryPoints.Find(stub, metadata.EntryPoint, parameters, returnType) is null)
        {
            errors.Add(new CatalogError(path, null, $"The signature \"{metadata.Signature}\" differs from the reference's {metadata.EntryPoint} (parameter and return types must be the same)."));
        }
    }

    /// <summary>The starter in both languages; the translation may change comments only, so it compiles as the original does.</summary>
    private static LocalizedText ReadStarters(string englishPath, string chinesePath, List<CatalogError> errors)
    {
        var starters = new LocalizedText(File.ReadAllText(englishPath), File.ReadAllText(chinesePath));
        if (CodeDifference.FirstLine(starters.En, starters.ZhTw) is { } line)
        {
            errors.Add(new CatalogError(chinesePath, line, $"The code differs from {Path.GetFileName(englishPath)}; a translation may change only comments."));
        }

        return starters;
    }

    private static ExerciseMetadata? ReadMetadata(string path, string folderName, List<CatalogError> errors)
    {
        try
        {
            var metadata = JsonSerializer.Deserialize<ExerciseMetadata>(File.ReadAllText(path), ExerciseMetadata.Json);
            if (metadata is null)
            {
                errors.Add(new CatalogError(path, 1, "The file is empty."));
            }
            else if (metadata.Id != folderName)
            {
                errors.Add(new CatalogError(path, null, $"The id \"{metadata.Id}\" differs from the folder name \"{folderName}\"."));
            }

            return metadata;
        }
        catch (JsonException exception)
        {
            errors.Add(new CatalogError(path, (int?)exception.LineNumber + 1, exception.Message));
            return null;
        }
    }

    /// <summary>The exercise's own forbidden APIs first (their reasons are the more specific), then the baseline.</summary>
    internal static IReadOnlyList<ApiRule> Forbidden(ExerciseMetadata metadata) =>
        [.. (metadata.Forbidden ?? []).Select(f => new ApiRule(f.Apis, f.Reason)), SnippetPolicy.Baseline];

    private static CaseSet? LoadCases(string path, List<CatalogError> errors)
    {
        var code = File.ReadAllText(path);
        if (CaseScript.Strip(code).ProblemLine is { } line)
        {
            errors.Add(new CatalogError(path, line, "Declare each misconception as a top-level Misconception(...) statement, so that sandbox workers can be given the cases without it."));
            return null;
        }

        var outcome = SnippetCompiler.Shared.Compile(code, [], typeof(CaseSet));
        if (outcome.Snippet is null)
        {
            AddCompileErrors(path, outcome, errors);
            return null;
        }

        var caseSet = new CaseSet();
        try
        {
            outcome.Snippet.Instantiate(caseSet);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            errors.Add(new CatalogError(path, null, $"Running the case definitions failed: {exception.Message}"));
            return null;
        }

        if (caseSet.Cases.Count == 0)
        {
            errors.Add(new CatalogError(path, null, "No cases are defined."));
        }

        if (!caseSet.Cases.Any(c => c.Visible) || !caseSet.Cases.Any(c => !c.Visible))
        {
            errors.Add(new CatalogError(path, null, "An exercise needs at least one visible example and one hidden case."));
        }

        foreach (var misconception in caseSet.Misconceptions)
        {
            if (!MisconceptionId().IsMatch(misconception.Id))
            {
                errors.Add(new CatalogError(path, null, $"The misconception id \"{misconception.Id}\" must be lower-case words joined by hyphens (it is stored with grades)."));
            }

            if (new[] { misconception.Message, misconception.Hint }.Any(text => string.IsNullOrWhiteSpace(text.En) || string.IsNullOrWhiteSpace(text.ZhTw)))
            {
                errors.Add(new CatalogError(path, null, $"The misconception \"{misconception.Id}\" needs a message and a hint in both languages."));
            }
        }

        foreach (var twice in caseSet.Misconceptions.GroupBy(m => m.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            errors.Add(new CatalogError(path, null, $"The misconception \"{twice.Key}\" is declared {twice.Count()} times; ids name one mistake each."));
        }

        // A snippet keeps its state from case to case: a visible case run after a hidden one could return or print
        // what the hidden one received.
        if (caseSet.Cases.SkipWhile(c => c.Visible).Any(c => c.Visible))
        {
            errors.Add(new CatalogError(path, null, "Every visible example must come before the first hidden case."));
        }

        return caseSet;
    }

    private static CompiledSnippet? CompileSnippet(
        string path, IReadOnlyList<ApiRule> forbidden, List<CatalogError> errors, ApiAllowlist? allowed = null)
    {
        var outcome = SnippetCompiler.Shared.Compile(File.ReadAllText(path), forbidden, allowed: allowed);
        if (outcome.Snippet is null)
        {
            AddCompileErrors(path, outcome, errors);
        }

        return outcome.Snippet;
    }

    private static void AddCompileErrors(string path, CompileOutcome outcome, List<CatalogError> errors)
    {
        errors.AddRange(outcome.Errors.Select(d => new CatalogError(path, d.Span?.Line, $"error {d.Id}: {d.Message.En}")));
        errors.AddRange(outcome.Forbidden.Select(f => new CatalogError(path, f.Span.Line, $"{f.Api} is forbidden in this exercise.")));
    }

    private static void ValidateCases(Exercise exercise, string casesPath, string referencePath, List<CatalogError> errors)
    {
        foreach (var seed in ValidationSeeds)
        {
            var first = exercise.RunReference(seed);
            var second = exercise.RunReference(seed);
            var cases = exercise.Cases(seed);
            foreach (var run in first)
            {
                var name = cases[run.Index].Name.En;
                if (run.End != CaseEnd.Returned)
                {
                    // The first failure is enough to act on; the cases after it usually fail the same way.
                    var why = run.Error?.ToString() ?? run.End.ToString();
                    errors.Add(new CatalogError(referencePath, run.Error?.Line, $"The reference fails on case {run.Index + 1} \"{name}\" (seed {seed}): {why}"));
                    return;
                }
                else if (!SameResult(run, second[run.Index], exercise.Tolerance))
                {
                    errors.Add(new CatalogError(casesPath, null, $"Case {run.Index + 1} \"{name}\" gives different results for the same seed; draw random inputs only from the Random it is given."));
                }
            }
        }

        var seedCases = exercise.Cases(ValidationSeeds[0]);
        var expected = exercise.RunReference(ValidationSeeds[0]);
        foreach (var misconception in exercise.Misconceptions.Where(m => m.Result is not null))
        {
            var alwaysRight = seedCases.All(testCase =>
            {
                var result = exercise.MisconceptionResults(testCase).FirstOrDefault(r => r.Misconception == misconception).Result;
                var reference = expected[testCase.Index];
                return result switch
                {
                    null => true,
                    TextValue text when exercise.ChecksOutput =>
                        Checking.OutputComparer.Compare(reference.Output, text.Text, exercise.Tolerance, visible: true) is null,
                    _ => reference.Result is { } value && Checking.ValueComparer.Compare(value, result, exercise.Tolerance, visible: true) is null,
                };
            });
            if (alwaysRight)
            {
                errors.Add(new CatalogError(casesPath, null, $"The misconception \"{misconception.Id}\" gives the reference's result on every case, so it can never be told apart."));
            }
        }

        ValidateSymptoms(exercise, casesPath, errors);
    }

    /// <summary>A symptom must never be seen in the reference's own results: it would name a mistake in a right answer.</summary>
    private static void ValidateSymptoms(Exercise exercise, string casesPath, List<CatalogError> errors)
    {
        foreach (var seed in ValidationSeeds)
        {
            var expected = exercise.Expected(seed);
            foreach (var testCase in exercise.Cases(seed))
            {
                if (expected[testCase.Index].Result is { } right
                    && exercise.MisconceptionsShown(testCase, right, right).FirstOrDefault() is { } misfired)
                {
                    errors.Add(new CatalogError(casesPath, null, $"The misconception \"{misfired.Id}\" is recognised in the reference's own result on case {testCase.Index + 1} \"{testCase.Name.En}\" (seed {seed})."));
                    return;
                }
            }
        }
    }

    /// <summary>Equal within the exercise's tolerance: BLAS kernels may round differently from one call to the next.</summary>
    private static bool SameResult(CaseRun first, CaseRun second, Tolerance tolerance) =>
        first.Output == second.Output
        && (first.Result is null || second.Result is null
            ? first.Result == second.Result
            : Checking.ValueComparer.Compare(first.Result, second.Result, tolerance, visible: true) is null);

    private static string Version(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.GetFiles(folder).Order(StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file)));
            hash.AppendData(File.ReadAllBytes(file));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }

    [System.Text.RegularExpressions.GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial System.Text.RegularExpressions.Regex MisconceptionId();
}
