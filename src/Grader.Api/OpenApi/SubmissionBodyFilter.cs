using System.Text.Json.Nodes;
using Grader.Exercises.Catalog;
using Grader.Sandbox;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Grader.Api.OpenApi;

/// <summary>
/// Describes the submit endpoint's three body forms, with the example exercise's starter code as the example body, so
/// that "Try it out" in Swagger UI shows the shape of an answer without handing one out: the starter compiles and is
/// graded, but never passes (a test grades every example the document shows, on every exercise).
/// </summary>
internal sealed class SubmissionBodyFilter(IOptions<SandboxOptions> sandbox, ExerciseCatalog catalog) : IOperationFilter
{
    /// <summary>The exercise Swagger UI offers first (the one the README walks through).</summary>
    public const string ExampleExercise = "cumsum";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (!context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<SubmissionBodyMetadata>().Any())
        {
            return;
        }

        // Swagger UI fills the field with the example: a student gets the grade in the same call.
        if (operation.Parameters?.FirstOrDefault(p => p.Name == "wait") is OpenApiParameter wait)
        {
            wait.Example = JsonValue.Create(10);
        }

        if (operation.Parameters?.FirstOrDefault(p => p.Name == "exerciseId") is OpenApiParameter exercise)
        {
            exercise.Example = JsonValue.Create(ExampleExercise);
        }

        var starter = catalog.Find(ExampleExercise)?.Starter.En ?? "";
        operation.RequestBody = new OpenApiRequestBody
        {
            Required = true,
            Description = "The snippet: paste it as text/plain (no escaping), send JSON {\"code\": \"...\"}, or upload a .cs file. "
                + $"At most {sandbox.Value.MaxCodeBytes} bytes of UTF-8.",
            Content = new Dictionary<string, IOpenApiMediaType>
            {
                ["text/plain"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                    Example = JsonValue.Create(starter),
                },
                ["application/json"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "code" },
                        Properties = new Dictionary<string, IOpenApiSchema> { ["code"] = new OpenApiSchema { Type = JsonSchemaType.String } },
                    },
                    Example = new JsonObject { ["code"] = starter },
                },
                ["multipart/form-data"] = new OpenApiMediaType
                {
                    Schema = new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Required = new HashSet<string> { "file" },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["file"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "A .cs file with the snippet." },
                        },
                    },
                },
            },
        };
    }
}
