using System.Reflection;
using System.Text.RegularExpressions;
using Grader.Api.Data;
using Grader.Exercises;
using Grader.Exercises.Grading;

namespace Grader.Api.Tests.Pages;

/// <summary>The pages' strings tables: every string has both languages, and the Chinese one is Chinese.</summary>
public sealed partial class PageStringsTests
{
    private static readonly IReadOnlySet<string> Kept = ChineseKept.Words;

    public static TheoryData<string, string, string> Strings()
    {
        var data = new TheoryData<string, string, string>();
        var tables = typeof(Program).Assembly.GetTypes().Where(t => t.Namespace == "Grader.Api.Pages.Text");
        foreach (var table in tables)
        {
            foreach (var field in table.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static).Where(f => f.FieldType == typeof(LocalizedText)))
            {
                var text = (LocalizedText)field.GetValue(null)!;
                data.Add($"{table.Name}.{field.Name}", text.En, text.ZhTw);
            }
        }

        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            Add(data, $"verdict {verdict}", Text("VerdictText").GetMethod("Of", [typeof(Verdict)])!.Invoke(null, [verdict]));
        }

        foreach (var status in Enum.GetValues<SubmissionStatus>())
        {
            Add(data, $"status {status}", Text("VerdictText").GetMethod("Of", [typeof(SubmissionStatus)])!.Invoke(null, [status]));
        }

        foreach (var kind in Enum.GetValues<AuditKind>())
        {
            Add(data, $"audit {kind}", Text("ReviewText").GetMethod("Kind")!.Invoke(null, [kind]));
        }

        foreach (var topic in new[] { "linear-algebra", "calculus", "automatic-differentiation", "optimization" })
        {
            Add(data, $"topic {topic}", Text("TopicText").GetMethod("Of")!.Invoke(null, [topic]));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Strings))]
    public void Every_page_string_is_written_in_both_languages(string name, string en, string zhTw)
    {
        Assert.False(string.IsNullOrWhiteSpace(en), $"{name} has no English");
        Assert.NotEqual(en, zhTw);
        Assert.Matches(Han(), zhTw);
        var latin = LatinWords().Matches(zhTw).Select(m => m.Value).Where(w => !Kept.Contains(w)).ToList();
        Assert.True(latin.Count == 0, $"{name} (zh-TW) has Latin words: {string.Join(", ", latin)}");
        Assert.Equal(Placeholders().Matches(en).Select(m => m.Value).Order(), Placeholders().Matches(zhTw).Select(m => m.Value).Order());
    }

    [Fact]
    public void The_tables_are_found()
    {
        Assert.True(Strings().Count > 100, "The strings tables were not found by reflection.");
    }

    private static Type Text(string name) => typeof(Program).Assembly.GetType($"Grader.Api.Pages.Text.{name}")!;

    private static void Add(TheoryData<string, string, string> data, string name, object? text)
    {
        var localized = (LocalizedText)text!;
        data.Add(name, localized.En, localized.ZhTw);
    }

    [GeneratedRegex("\\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Han();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex LatinWords();

    [GeneratedRegex("\\{[0-9]\\}")]
    private static partial Regex Placeholders();
}
