using System.Text.Json.Nodes;
using Grader.Api.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Grader.Api.OpenApi;

/// <summary>Lets Swagger UI users pick the language of descriptions and grading messages.</summary>
internal sealed class AcceptLanguageFilter : IOperationFilter
{
    private static readonly string[] Tagged = ["Exercises", "Submissions"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (operation.Tags is null || !operation.Tags.Any(t => Tagged.Contains(t.Name)))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "Accept-Language",
            In = ParameterLocation.Header,
            Description = "en (English) or zh-TW (繁體中文).",
            Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [JsonValue.Create(Language.English), JsonValue.Create(Language.TraditionalChinese)],
                Default = JsonValue.Create(Language.English),
            },
        });
    }
}
