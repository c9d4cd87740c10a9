using Grader.Exercises.Values;
using TorchSharp;

namespace Grader.Exercises.Catalog;

/// <summary>
/// What an exercise's cases.cs sees as globals: it declares visible examples, hidden cases (made from a seeded
/// <see cref="Random"/>, one variant per student) and misconceptions (wrong results worth naming when a student's
/// answer equals one of them).
/// </summary>
public sealed class CaseSet
{
    private readonly List<CaseDefinition> cases = [];
    private readonly List<MisconceptionDefinition> misconceptions = [];

    public IReadOnlyList<CaseDefinition> Cases => cases;

    public IReadOnlyList<MisconceptionDefinition> Misconceptions => misconceptions;

    /// <summary>A visible example: students see its input (as <paramref name="shownAs"/>) and expected result.</summary>
    public void Example(string shownAs, Func<object?[]> arguments, int points = 1) =>
        cases.Add(new CaseDefinition(new LocalizedText(shownAs, shownAs), true, points, null, shownAs, _ => arguments()));

    /// <summary>A hidden case: students see only its name, pass or fail, and the hint.</summary>
    public void Hidden(LocalizedText name, Func<Random, object?[]> arguments, LocalizedText hint, int points = 1) =>
        cases.Add(new CaseDefinition(name, false, points, hint, null, arguments));

    /// <summary>
    /// A mistake students make, as the result it gives on a case's inputs: <paramref name="message"/> says what went
    /// wrong, <paramref name="hint"/> how to think about it (shown instead of the case's hint when the mistake is named).
    /// Both are fixed catalog text, so they may be shown on hidden cases.
    /// </summary>
    public void Misconception(string id, LocalizedText message, LocalizedText hint, Func<object?[], object?> result) =>
        misconceptions.Add(new MisconceptionDefinition(id, message, hint, result, null));

    /// <summary>A misconception over a one-argument entry point, e.g. <c>(Tensor A) => A.sum(dim: 1)</c>.</summary>
    public void Misconception<T1>(string id, LocalizedText message, LocalizedText hint, Func<T1, object?> result) =>
        Misconception(id, message, hint, a => result((T1)a[0]!));

    public void Misconception<T1, T2>(string id, LocalizedText message, LocalizedText hint, Func<T1, T2, object?> result) =>
        Misconception(id, message, hint, a => result((T1)a[0]!, (T2)a[1]!));

    public void Misconception<T1, T2, T3>(string id, LocalizedText message, LocalizedText hint, Func<T1, T2, T3, object?> result) =>
        Misconception(id, message, hint, a => result((T1)a[0]!, (T2)a[1]!, (T3)a[2]!));

    public void Misconception<T1, T2, T3, T4>(string id, LocalizedText message, LocalizedText hint, Func<T1, T2, T3, T4, object?> result) =>
        Misconception(id, message, hint, a => result((T1)a[0]!, (T2)a[1]!, (T3)a[2]!, (T4)a[3]!));

    /// <summary>
    /// A mistake recognised by a symptom of the student's result rather than by the exact result it gives: for
    /// mistakes whose result depends on details that vary from student to student (a descent that climbs ends at
    /// infinity, NaN or a maximum, depending on the loop). <paramref name="symptom"/> gets the case's arguments, the
    /// reference's result and the student's; the loader refuses a symptom that the reference's own result shows.
    /// </summary>
    public void MisconceptionWhen(string id, LocalizedText message, LocalizedText hint, Func<object?[], Value, Value, bool> symptom) =>
        misconceptions.Add(new MisconceptionDefinition(id, message, hint, null, symptom));

    public void MisconceptionWhen<T1>(string id, LocalizedText message, LocalizedText hint, Func<T1, Value, Value, bool> symptom) =>
        MisconceptionWhen(id, message, hint, (a, expected, actual) => symptom((T1)a[0]!, expected, actual));

    public void MisconceptionWhen<T1, T2>(string id, LocalizedText message, LocalizedText hint, Func<T1, T2, Value, Value, bool> symptom) =>
        MisconceptionWhen(id, message, hint, (a, expected, actual) => symptom((T1)a[0]!, (T2)a[1]!, expected, actual));

    public void MisconceptionWhen<T1, T2, T3>(string id, LocalizedText message, LocalizedText hint, Func<T1, T2, T3, Value, Value, bool> symptom) =>
        MisconceptionWhen(id, message, hint, (a, expected, actual) => symptom((T1)a[0]!, (T2)a[1]!, (T3)a[2]!, expected, actual));

    public static LocalizedText Text(string en, string zhTw) => new(en, zhTw);

    /// <summary>A tensor of integers in [low, high] (int64, as arange gives).</summary>
    public static torch.Tensor RandomInts(Random random, long[] shape, int low, int high)
    {
        var data = new long[shape.Aggregate(1L, (a, b) => a * b)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = random.Next(low, high + 1);
        }

        return torch.tensor(data).reshape(shape);
    }

    /// <summary>A float32 tensor of values in [low, high), rounded to two decimals so they read well.</summary>
    public static torch.Tensor RandomFloats(Random random, long[] shape, double low = -5, double high = 5)
    {
        var data = new float[shape.Aggregate(1L, (a, b) => a * b)];
        for (var i = 0; i < data.Length; i++)
        {
            data[i] = (float)Math.Round(low + (random.NextDouble() * (high - low)), 2);
        }

        return torch.tensor(data).reshape(shape);
    }

    /// <summary>A double in [low, high), rounded to two decimals.</summary>
    public static double RandomDouble(Random random, double low, double high) =>
        Math.Round(low + (random.NextDouble() * (high - low)), 2);
}

public sealed record CaseDefinition(
    LocalizedText Name,
    bool Visible,
    int Points,
    LocalizedText? Hint,
    string? ShownAs,
    Func<Random, object?[]> Arguments);

/// <summary>
/// A named mistake: what it gives on a case's inputs (<paramref name="Result"/>) or how its results look
/// (<paramref name="Symptom"/>: arguments, expected, actual), what it is (Message) and how to mend it (Hint).
/// </summary>
public sealed record MisconceptionDefinition(
    string Id, LocalizedText Message, LocalizedText Hint, Func<object?[], object?>? Result, Func<object?[], Value, Value, bool>? Symptom);
