using System.Text.Json.Nodes;
using Grader.Api.Review;
using Grader.Api.Users;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Grader.Api.OpenApi;

/// <summary>
/// Realistic example bodies for the forms an instructor fills in Swagger UI. Without them Swagger UI makes up values
/// from the validation patterns (a user named ".RFUM", a token valid for 3650 days), which an instructor in a hurry
/// would send as they are.
/// </summary>
internal sealed class RequestExamplesFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema editable)
        {
            return;
        }

        if (context.Type == typeof(CreateUserRequest))
        {
            editable.Examples = [new JsonObject { ["userName"] = "s1001", ["displayName"] = "王小明", ["role"] = "student" }];
        }
        else if (context.Type == typeof(CreateTokenRequest))
        {
            editable.Examples = [new JsonObject { ["name"] = "laptop", ["expiresInDays"] = 120 }];
        }
        else if (context.Type == typeof(GradeChangeRequest))
        {
            editable.Examples = [new JsonObject { ["adjustment"] = -1, ["reason"] = "Case 3 passes only because the shape is hard-coded; see the comment on line 3." }];
        }
        else if (context.Type == typeof(CommentRequest))
        {
            editable.Examples = [new JsonObject { ["line"] = 1, ["body"] = "`sum(0)` drops the reduced axis: `keepdim: true` keeps it, so the result has shape (1, n).", ["private"] = false }];
        }
    }
}
