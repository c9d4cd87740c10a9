using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Grader.Api.OpenApi;

/// <summary>
/// Documents the ProblemDetails answers an endpoint can give, each with an example, so Swagger UI shows none of them
/// as "Undocumented": 401 wherever a token is needed, and 503 there too (checking the token reads the database, which
/// may be unavailable), 403 where a role is, 404 where the route names something, 400 where the client sends values,
/// 429 where a rate limit applies, plus whatever the endpoint declares itself (<c>ProducesProblem</c>: 409, 413, 415,
/// 503).
/// </summary>
internal sealed class ProblemResponsesFilter : IOperationFilter
{
    private static readonly Dictionary<int, (string Title, string Detail)> Examples = new()
    {
        [400] = ("Bad request", "A value in the request is not valid; 'detail' says which and why."),
        [401] = ("Unauthorized", "The bearer token is not known."),
        [403] = ("Forbidden", "Your role may not do this."),
        [404] = ("Not found", "There is no such item, or it is not yours."),
        [409] = ("Conflict", "The request conflicts with what is stored; 'detail' says how."),
        [412] = ("Grade changed meanwhile", "Someone changed the grade after you read it: read it again, then send your change with the new ETag."),
        [413] = ("Too large", "The body is larger than this endpoint accepts."),
        [415] = ("Unsupported media type", "Send text/plain, application/json or a multipart file."),
        [428] = ("If-Match required", "Send the ETag you read (GET the grade first) in If-Match."),
        [429] = ("Too many requests", "Wait for the time in Retry-After, then try again."),
        [503] = ("Database unavailable", "The database cannot be reached just now; this is not a problem with your request. Try again in 4 s."),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        // Every documented endpoint reads the database (the token, or for the anonymous ones the LMS keys and settings).
        var codes = new SortedSet<int> { 503 };
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            codes.Add(401);
        }

        if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))
        {
            codes.Add(403);
        }

        var sources = context.ApiDescription.ParameterDescriptions.Select(p => p.Source).ToList();
        if (sources.Contains(BindingSource.Path))
        {
            codes.Add(404);
        }

        if (sources.Contains(BindingSource.Query) || sources.Contains(BindingSource.Body) || operation.RequestBody is not null)
        {
            codes.Add(400);
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            codes.Add(429);
        }

        operation.Responses ??= [];
        var declares503 = operation.Responses.ContainsKey("503");
        foreach (var key in operation.Responses.Keys)
        {
            if (int.TryParse(key, out var declared) && declared >= 400)
            {
                codes.Add(declared);
            }
        }

        var schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        foreach (var code in codes)
        {
            var (title, detail) = Examples.TryGetValue(code, out var known) ? known : ("Error", "See 'detail'.");
            var key = code.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var description = code == 503
                ? declares503
                    ? "Service unavailable: the endpoint's own limit (such as a full grading queue), or the database cannot be reached; try again after Retry-After"
                    : "Database unavailable: try again after Retry-After"
                : operation.Responses.TryGetValue(key, out var existing) && !string.IsNullOrEmpty(existing.Description) ? existing.Description : title;
            var example = new JsonObject
            {
                ["type"] = $"https://tools.ietf.org/html/rfc9110#section-15.{(code < 500 ? 5 : 6)}",
                ["title"] = title,
                ["status"] = code,
                ["detail"] = detail,
            };
            if (code == 503)
            {
                example["dependency"] = "database";
            }

            operation.Responses[key] = new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    ["application/problem+json"] = new OpenApiMediaType
                    {
                        Schema = schema,
                        Example = example,
                    },
                },
            };
        }
    }
}
