using System.ComponentModel.DataAnnotations;
using Grader.Api.Http;
using Grader.Api.Pages.Text;
using Grader.Exercises;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Pages.Staff;

/// <summary>
/// Why a staff form was not carried out: a sentence in the page's language, and the API's own detail (the same text
/// an API client reads, in both languages) for the specifics, shown beside it.
/// </summary>
public sealed record Refusal(LocalizedText Summary, LocalizedText? Detail, int Status)
{
    /// <summary>The refusal in a handler's result, or null when the handler did what was asked.</summary>
    public static Refusal? From(IResult result) => result is ProblemHttpResult problem ? Of(problem) : null;

    public static Refusal Of(ProblemHttpResult problem)
    {
        var status = problem.StatusCode;
        var summary = status switch
        {
            StatusCodes.Status400BadRequest => StaffText.BadInput,
            StatusCodes.Status404NotFound => StaffText.NotFound,
            StatusCodes.Status409Conflict => StaffText.Conflict,
            StatusCodes.Status412PreconditionFailed or StatusCodes.Status428PreconditionRequired => StaffText.Stale,
            _ => StaffText.OtherRefusal,
        };
        return new Refusal(summary, DetailOf(problem.ProblemDetails), status);
    }

    /// <summary>Every handler refuses with a <see cref="TwoLanguageProblem"/>; the framework's validation problems are translated.</summary>
    private static LocalizedText? DetailOf(ProblemDetails problem) => problem switch
    {
        TwoLanguageProblem twoLanguage => twoLanguage.DetailText,
        HttpValidationProblemDetails validation => ValidationTexts.Join(validation.Errors.SelectMany(e => e.Value)),
        _ => null,
    };

    public static Refusal Invalid(LocalizedText summary, LocalizedText? detail = null) => new(summary, detail, StatusCodes.Status400BadRequest);

    /// <summary>
    /// The declared limits of a request and of the objects in it (what the API's validation checks before a handler
    /// runs), or null when it is valid.
    /// </summary>
    public static Refusal? Validate(params object?[] requests)
    {
        var errors = new List<ValidationResult>();
        foreach (var request in requests.Where(r => r is not null))
        {
            Validator.TryValidateObject(request!, new ValidationContext(request!), errors, validateAllProperties: true);
        }

        return errors.Count == 0 ? null : Invalid(StaffText.BadInput, ValidationTexts.Join(errors.Select(e => e.ErrorMessage)));
    }
}

/// <summary>Values out of the API handlers' typed results.</summary>
internal static class HandlerResults
{
    public static T? Value<T>(this IResult result)
        where T : class => result switch
        {
            Ok<T> ok => ok.Value,
            Created<T> created => created.Value,
            _ => null,
        };
}
