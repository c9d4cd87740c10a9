using System.Text.Json;
using System.Text.Json.Serialization;

namespace Grader.Api.Tests;

/// <summary>Reads responses the way the API writes them (camelCase, snake_case enums).</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };
}
