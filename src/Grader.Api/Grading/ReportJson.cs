using System.Text.Json;
using System.Text.Json.Serialization;
using Grader.Exercises.Grading;

namespace Grader.Api.Grading;

/// <summary>How a grade report is stored in the database: the whole report, both languages, as JSON.</summary>
internal static class ReportJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(GradeReport report) => JsonSerializer.Serialize(report, Options);

    public static GradeReport Read(string json) =>
        JsonSerializer.Deserialize<GradeReport>(json, Options) ?? throw new JsonException("A stored grade report is empty.");
}
