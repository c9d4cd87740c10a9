using System.Text.Json.Serialization;
using Grader.Exercises;
using Microsoft.AspNetCore.Mvc;

namespace Grader.Api.Http;

/// <summary>
/// A problem that holds its title and detail in both languages until the response is written: then
/// <see cref="Problems.AddGraderProblemDetails"/> picks the request's language, and a page calling the handler picks
/// its own. It reads as English until then, so a response written any other way is still whole.
/// </summary>
internal sealed class TwoLanguageProblem : ProblemDetails
{
    private readonly Dictionary<string, ITwoLanguageValue> twoLanguageExtensions = [];

    public TwoLanguageProblem(int status, LocalizedText title, LocalizedText detail)
    {
        Status = status;
        TitleText = title;
        DetailText = detail;
        In(Language.English);
    }

    [JsonIgnore]
    public LocalizedText TitleText { get; }

    [JsonIgnore]
    public LocalizedText DetailText { get; }

    /// <summary>An extension field whose value has text in it (for instance a list of bad lines, each with its reason).</summary>
    public TwoLanguageProblem Extend(string key, ITwoLanguageValue value)
    {
        twoLanguageExtensions[key] = value;
        Extensions[key] = value.In(Language.English);
        return this;
    }

    public TwoLanguageProblem Extend(string key, object? value)
    {
        Extensions[key] = value;
        return this;
    }

    /// <summary>An extension field's value in both languages, for a page that shows it in its own.</summary>
    public ITwoLanguageValue? TwoLanguageExtension(string key) => twoLanguageExtensions.GetValueOrDefault(key);

    /// <summary>Sets the title, the detail and any text in extension fields to one language.</summary>
    public void In(string language)
    {
        Title = TitleText.In(language);
        Detail = DetailText.In(language);
        foreach (var (key, value) in twoLanguageExtensions)
        {
            Extensions[key] = value.In(language);
        }
    }
}

/// <summary>An extension field's value that has text in both languages.</summary>
internal interface ITwoLanguageValue
{
    object In(string language);
}
