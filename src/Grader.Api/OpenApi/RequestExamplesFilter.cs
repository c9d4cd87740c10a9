using System.Text.Json.Nodes;
using Grader.Api.Assignments;
using Grader.Api.RegradeRequests;
using Grader.Api.Rejudges;
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
        else if (context.Type == typeof(AssignmentRequest))
        {
            editable.Examples = [new JsonObject
            {
                ["id"] = "hw1",
                ["title"] = new JsonObject { ["en"] = "Homework 1: tensors and reductions", ["zhTW"] = "作業一：張量與歸約" },
                ["exercises"] = new JsonArray(
                    new JsonObject { ["exerciseId"] = "sum-keepdims", ["points"] = 10 },
                    new JsonObject { ["exerciseId"] = "cumsum", ["points"] = 10 }),
                ["opensAt"] = "2027-02-22T09:00:00+08:00",
                ["dueAt"] = "2027-03-08T23:59:00+08:00",
                ["lateUntil"] = "2027-03-11T23:59:00+08:00",
                ["lateCreditPercent"] = 70,
                ["counts"] = "last",
            }];
        }
        else if (context.Type == typeof(ExtensionRequest))
        {
            editable.Examples = [new JsonObject { ["dueAt"] = "2027-03-12T23:59:00+08:00", ["reason"] = "In hospital 4–8 March (clinic note on file)." }];
        }
        else if (context.Type == typeof(PinRequest))
        {
            editable.Examples = [new JsonObject { ["submissionId"] = 1, ["reason"] = "The student's last attempt only reformatted the code; they asked to keep the earlier one." }];
        }
        else if (context.Type == typeof(CreateRejudgeRequest))
        {
            // Grading again changes nothing until someone applies it, so executing this as it is does no harm.
            editable.Examples = [new JsonObject { ["exerciseId"] = "cumsum", ["verdict"] = "internal_error", ["reason"] = "The grader ran out of memory on Tuesday; grade those again." }];
        }
        else if (context.Type == typeof(RegradeRequestBody))
        {
            editable.Examples = [new JsonObject { ["caseIndex"] = 2, ["message"] = "Case 3 says the shape is wrong, but my result has the shape the description asks for. Could you look at it again?" }];
        }
        else if (context.Type == typeof(ResolveRegradeRequest))
        {
            // Without a grade change, so that executing it needs no ETag and changes no score.
            editable.Examples = [new JsonObject { ["answer"] = "Case 3 checks `keepdim`: your sum has shape (3,), the expected (1, 3). The grade stays; see the comment on line 3." }];
        }
        else if (context.Type == typeof(CommentRequest))
        {
            editable.Examples = [new JsonObject { ["line"] = 1, ["body"] = "`sum(0)` drops the reduced axis: `keepdim: true` keeps it, so the result has shape (1, n).", ["private"] = false }];
        }
    }
}
