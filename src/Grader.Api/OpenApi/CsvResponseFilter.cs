using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Grader.Api.OpenApi;

/// <summary>Marks an endpoint whose 200 answer may also be CSV (Accept: text/csv or ?format=csv).</summary>
internal sealed class CsvResponseMetadata;

/// <summary>Adds text/csv beside the JSON of a marked endpoint's 200 answer (ApiExplorer keeps one body type per status).</summary>
internal sealed class CsvResponseFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<CsvResponseMetadata>().Any()
            || operation.Responses?.GetValueOrDefault("200") is not OpenApiResponse ok)
        {
            return;
        }

        ok.Content ??= new Dictionary<string, IOpenApiMediaType>();
        ok.Content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
    }
}
