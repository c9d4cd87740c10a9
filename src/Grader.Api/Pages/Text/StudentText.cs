using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>The student pages' strings: exercise list, exercise page, assignment, a submission's result.</summary>
internal static class StudentText
{
    public static readonly LocalizedText ExercisesTitle = new("Exercises", "習題");
    public static readonly LocalizedText ExercisesIntro = new(
        "The chapter's exercises in order, with your best result so far.", "本章的習題（依順序），以及你目前最好的結果。");
    public static readonly LocalizedText Exercise = new("Exercise", "習題");
    public static readonly LocalizedText Topic = new("Topic", "主題");
    public static readonly LocalizedText BestResult = new("Your best result", "你的最佳結果");
    public static readonly LocalizedText Points = new("points", "分");
}
