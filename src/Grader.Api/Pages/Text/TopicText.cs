using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>The catalog's topics as the pages name them.</summary>
internal static class TopicText
{
    public static LocalizedText Of(string topic) => topic switch
    {
        "linear-algebra" => new("Linear algebra", "線性代數"),
        "calculus" => new("Calculus", "微積分"),
        "automatic-differentiation" => new("Automatic differentiation", "自動微分"),
        "optimization" => new("Optimization (bonus)", "最佳化（加分題）"),
        _ => new(topic, topic),
    };
}
