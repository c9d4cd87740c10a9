using Grader.Exercises.Grading;

namespace Grader.Exercises.Tests;

/// <summary>
/// A student submission kept as a file under Submissions/&lt;exercise&gt;/, with what the grader must say about it in
/// its header comments: <c>// verdict: WrongAnswer</c> (or <c>Accepted</c> for a correct solution written another way,
/// which no misconception may name), and optionally <c>// message: …</c> (part of the English
/// message), <c>// misconception: …</c>, <c>// line: N</c> (of a compile error or forbidden use) and <c>// api: …</c>.
/// </summary>
public sealed record SubmissionFile(string ExerciseId, string Name, string Code, Verdict Verdict,
    string? Message, string? Misconception, int? Line, string? Api)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Submissions");

    public static TheoryData<string> All() => [.. Paths()];

    public static IEnumerable<string> Paths() =>
        Directory.GetFiles(Root, "*.cs", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(Root, path)).Order();

    public static SubmissionFile Read(string relativePath)
    {
        var code = File.ReadAllText(Path.Combine(Root, relativePath));
        var header = code.Split('\n')
            .TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal))
            .Select(line => line[2..].Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());
        string? Get(string key) => header.GetValueOrDefault(key);
        return new SubmissionFile(
            Path.GetDirectoryName(relativePath)!,
            Path.GetFileNameWithoutExtension(relativePath),
            code,
            Enum.Parse<Verdict>(Get("verdict") ?? throw new InvalidDataException($"{relativePath} has no '// verdict:' line.")),
            Get("message"),
            Get("misconception"),
            Get("line") is { } line ? int.Parse(line, System.Globalization.CultureInfo.InvariantCulture) : null,
            Get("api"));
    }
}
