using Grader.Exercises;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Grader.Api.Http;

/// <summary>
/// One way the API refuses a request: its status, and its title and detail in English and Traditional Chinese. The
/// title and detail may have holes (<c>{0}</c>, <c>{1}</c>; a brace meant as such is doubled) for the values of the request at hand. Each feature keeps its texts
/// in one <c>…Problems</c> class, so that a test can read every one of them.
/// </summary>
internal sealed record ProblemText(int Status, LocalizedText Title, LocalizedText Detail)
{
    public ProblemText(int status, string titleEn, string titleZhTw, string detailEn, string detailZhTw)
        : this(status, new LocalizedText(titleEn, titleZhTw), new LocalizedText(detailEn, detailZhTw))
    {
    }

    /// <summary>The refusal for this request, answered in the request's language when the response is written.</summary>
    public ProblemHttpResult With(params object?[] values) => TypedResults.Problem(Problem(values));

    public TwoLanguageProblem Problem(params object?[] values) => new(Status, Fill(Title, values), Fill(Detail, values));

    /// <summary>Fills the holes in both languages (braces meant as such are doubled); a value that is itself two-language text goes in as such.</summary>
    public static LocalizedText Fill(LocalizedText text, params object?[] values) =>
        new(
            string.Format(System.Globalization.CultureInfo.InvariantCulture, text.En, [.. values.Select(v => v is LocalizedText t ? t.En : v)]),
            string.Format(System.Globalization.CultureInfo.InvariantCulture, text.ZhTw, [.. values.Select(v => v is LocalizedText t ? t.ZhTw : v)]));
}
