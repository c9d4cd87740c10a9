using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Exercises.Catalog;

/// <summary>The contents of an exercise's exercise.json.</summary>
internal sealed record ExerciseMetadata(
    string Id,
    string Topic,
    int Order,
    LocalizedText Title,
    string Signature,
    string EntryPoint = "Solve",
    bool ChecksOutput = false,
    Tolerance? Tolerance = null,
    Limits? Limits = null,
    IReadOnlyList<ForbiddenApis>? Forbidden = null)
{
    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectRequiredConstructorParameters = true,
        RespectNullableAnnotations = true,
    };
}

internal sealed record ForbiddenApis(IReadOnlyList<string> Apis, LocalizedText Reason);
