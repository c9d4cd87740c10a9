using System.Text.Json.Serialization;

namespace Grader.Exercises;

/// <summary>A student-facing text in the two languages of the course: English and Traditional Chinese (zh-TW).</summary>
public sealed record LocalizedText(
    [property: JsonPropertyName("en")] string En,
    [property: JsonPropertyName("zh-TW")] string ZhTw)
{
    public string In(string language) =>
        language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ZhTw : En;

    /// <summary>Both texts with a prefix in front of each, e.g. a case or tuple-item label.</summary>
    public LocalizedText Prefixed(LocalizedText prefix) => new($"{prefix.En}: {En}", $"{prefix.ZhTw}：{ZhTw}");

    public LocalizedText Append(LocalizedText? more) =>
        more is null ? this : new($"{En} {more.En}", $"{ZhTw}{more.ZhTw}");

    public override string ToString() => En;
}
