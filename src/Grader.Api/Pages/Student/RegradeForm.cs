using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Grader.Api.Auth;
using Grader.Api.Data;
using Grader.Api.Pages.Text;
using Grader.Api.RegradeRequests;
using Grader.Api.Submissions;
using Grader.Exercises;

namespace Grader.Api.Pages.Student;

/// <summary>
/// The student's regrade form on their submission's page: when it is offered (as the API would accept a request), and
/// the request body made from its fields. The API's handler has the last word (ownership, grading, one open request).
/// </summary>
internal static class RegradeForm
{
    /// <summary>The submission is the signed-in student's own, graded, and has no open request.</summary>
    public static bool IsOffered(SubmissionResponse submission, System.Security.Claims.ClaimsPrincipal user) =>
        !user.IsStaff()
        && submission.Student.Id == user.UserId()
        && submission.Status == SubmissionStatus.Completed
        && submission.Verdict is not null
        && submission.RegradeRequests.All(r => r.Status != RegradeStatus.Open);

    /// <summary>The request from the form's fields, or why there is none (in the page's words).</summary>
    /// <param name="caseField">Empty for the whole submission, else a case's index from 0.</param>
    public static (RegradeRequestBody? Body, LocalizedText? Refusal) Build(string? message, string? caseField)
    {
        int? caseIndex = null;
        if (!string.IsNullOrEmpty(caseField))
        {
            if (!int.TryParse(caseField, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                return (null, RegradeText.BadCase);
            }

            caseIndex = index;
        }

        var body = new RegradeRequestBody(message?.Trim() ?? "", caseIndex);
        if (body.Message.Length == 0)
        {
            return (null, RegradeText.MessageNeeded);
        }

        // The limits the API's validation would check before its handler (a direct call skips that filter).
        var errors = new List<ValidationResult>();
        return Validator.TryValidateObject(body, new ValidationContext(body), errors, validateAllProperties: true)
            ? (body, null)
            : (null, RegradeText.MessageInvalid);
    }

    public static string CaseName(CaseResponse testCase, string language) =>
        string.Format(CultureInfo.InvariantCulture, (testCase.Visible ? RegradeText.CaseOption : RegradeText.HiddenCaseOption).In(language), testCase.Number);
}
