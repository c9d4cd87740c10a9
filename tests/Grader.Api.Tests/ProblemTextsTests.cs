using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Grader.Api.Http;
using Grader.Api.Tests.Pages;
using Grader.Exercises;

namespace Grader.Api.Tests;

/// <summary>
/// Every text an API refusal is made of (each feature's <c>…Problems</c> catalog, the framework's titles, the
/// validation and binding templates) has both languages, the same holes in each, and Chinese that is Chinese.
/// </summary>
public sealed partial class ProblemTextsTests
{
    /// <summary>Code the Chinese sentences write as it is: field and parameter names, headers, values, protocol words.</summary>
    private static readonly HashSet<string> CodeTerms =
    [
        "Authorization", "Authorize", "Content", "ETag", "GET", "If", "JSON", "LMS", "Match", "NRPS", "NUL", "PATCH",
        "POST", "PUT", "Swagger", "TW", "Type", "UI", "active", "adjustment", "assignmentId", "bearer", "caseIndex",
        "charset", "client", "cookie", "cs", "csv", "cumsum", "deployment", "deploymentIds", "displayName", "dueAt",
        "en", "exerciseId", "exerciseIds", "failed", "format", "grade", "https", "hw", "id", "index", "instructor", "issuer", "json",
        "lang", "lateCreditPercent", "lateUntil", "multipart", "opensAt", "override", "page", "pageSize", "pending",
        "reason", "role", "sending", "sent", "status", "student", "submissionIds", "ta", "threshold", "traceId",
        "true", "userName", "verdict", "wait", "zh",
    ];

    public static TheoryData<string, string, string> Texts()
    {
        var data = new TheoryData<string, string, string>();
        var catalogs = typeof(Program).Assembly.GetTypes()
            .Where(t => t.Name.EndsWith("Problems", StringComparison.Ordinal) || t.Name is nameof(ValidationTexts) or nameof(BindingTexts));
        foreach (var catalog in catalogs)
        {
            foreach (var field in catalog.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            {
                var name = $"{catalog.Name}.{field.Name}";
                switch (field.GetValue(null))
                {
                    case ProblemText problem:
                        data.Add($"{name} title", problem.Title.En, problem.Title.ZhTw);
                        data.Add($"{name} detail", problem.Detail.En, problem.Detail.ZhTw);
                        break;
                    case LocalizedText text:
                        data.Add(name, text.En, text.ZhTw);
                        break;
                    case IEnumerable<LocalizedText> texts:
                        foreach (var (text, i) in texts.Select((t, i) => (t, i)))
                        {
                            data.Add($"{name}[{i}]", text.En, text.ZhTw);
                        }

                        break;
                    case IReadOnlyDictionary<int, LocalizedText> titles:
                        foreach (var (status, text) in titles)
                        {
                            data.Add($"{name}[{status}]", text.En, text.ZhTw);
                        }

                        break;
                }
            }
        }

        return data;
    }

    [Fact]
    public void The_catalogs_are_found()
    {
        var names = Texts().Select(row => (string)row[0]).ToList();
        Assert.True(names.Count > 200, $"Only {names.Count} problem texts were found by reflection.");
        Assert.Contains("SubmissionProblems.CodeTooLong detail", names);
        Assert.Contains("UserProblems.BadHeader", names);
        Assert.Contains("ValidationTexts.Templates[0]", names);
        Assert.Contains("FrameworkProblems.Titles[404]", names);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_problem_text_is_written_in_both_languages(string name, string en, string zhTw)
    {
        Assert.False(string.IsNullOrWhiteSpace(en), $"{name} has no English");
        if (!OnlyHoles().IsMatch(en))
        {
            // A text that is nothing but a hole (the reason given with it) is checked where its reasons are written.
            Assert.NotEqual(en, zhTw);
            Assert.Matches(Han(), zhTw);
        }

        // The Chinese may leave out a hole that only holds a program's English (a parser's message), never add one.
        var holes = Holes(en);
        Assert.True(Holes(zhTw).All(holes.Contains), $"{name}: the Chinese has holes the English has not");
        var filled = string.Format(CultureInfo.InvariantCulture, zhTw, [.. Enumerable.Range(0, 10).Select(i => (object)$"<{i}>")]);

        var code = Code().Replace(filled, " ");
        var latin = LatinWords().Matches(code).Select(m => m.Value).Where(w => !ChineseKept.Words.Contains(w) && !CodeTerms.Contains(w)).ToList();
        Assert.True(latin.Count == 0, $"{name} (zh-TW) has Latin words: {string.Join(", ", latin)}");
    }

    [GeneratedRegex("^(\\{[0-9]\\})+$")]
    private static partial Regex OnlyHoles();

    private static HashSet<string> Holes(string text) => [.. Hole().Matches(text).Select(m => m.Groups[1].Value)];

    [GeneratedRegex("\\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWords();

    [GeneratedRegex("(?<!\\{)\\{([0-9])(:[^}]*)?\\}")]
    private static partial Regex Hole();

    /// <summary>What is code in a sentence: quoted values and headers, API paths.</summary>
    [GeneratedRegex("'[^']*'|\"[^\"]*\"|/[A-Za-z0-9/{}<>._-]+")]
    private static partial Regex Code();
}
