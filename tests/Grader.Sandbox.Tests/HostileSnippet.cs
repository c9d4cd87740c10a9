using Grader.Exercises.Grading;

namespace Grader.Sandbox.Tests;

/// <summary>
/// A hostile snippet kept under Hostile/, for the cumsum exercise, with its expected verdict in its header:
/// <c>// verdict: …</c>, optionally <c>// message: …</c> (part of what the student is told) and
/// <c>// then: …</c> (the exercise of the honest submission that must be graded correctly afterwards) and
/// <c>// hidden-never: …</c> (text that nothing said about a hidden case, nor the summary, may contain).
/// </summary>
public sealed record HostileSnippet(string Name, string Code, Verdict Verdict, string? Message, string Then, string? HiddenNever)
{
    public static string Root => Path.Combine(AppContext.BaseDirectory, "Hostile");

    public static TheoryData<string> All() =>
        [.. Directory.GetFiles(Root, "*.cs").Select(path => Path.GetFileNameWithoutExtension(path)).Order()];

    public static HostileSnippet Read(string name)
    {
        var code = File.ReadAllText(Path.Combine(Root, name + ".cs"));
        var header = code.Split('\n')
            .TakeWhile(line => line.StartsWith("// ", StringComparison.Ordinal) && line.Contains(':', StringComparison.Ordinal))
            .Select(line => line[3..].Split(':', 2))
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim());
        return new HostileSnippet(
            name,
            code,
            Enum.Parse<Verdict>(header["verdict"]),
            header.GetValueOrDefault("message"),
            header.GetValueOrDefault("then") ?? "cumsum",
            header.GetValueOrDefault("hidden-never"));
    }
}
