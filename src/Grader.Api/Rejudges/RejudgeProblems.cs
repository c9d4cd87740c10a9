using Grader.Api.Http;
using Grader.Exercises;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Rejudges;

/// <summary>How starting, applying and cancelling rejudges is refused.</summary>
internal static class RejudgeProblems
{
    public static readonly ProblemText NotFinished = new(Status409Conflict, "Rejudge not finished", "重新評分尚未完成",
        "{0} submission(s) of rejudge {1} are still waiting or being graded: apply it once GET /rejudges/{1} shows every one done.",
        "重新評分 {1} 還有 {0} 份提交在等待或評分中：等 GET /rejudges/{1} 顯示全部完成後再套用。");

    public static readonly ProblemText Closed = new(Status409Conflict, "Rejudge {0}", "重新評分已{0}",
        "Rejudge {1} was {0} already; start a new one (POST /rejudges) to grade the submissions again.",
        "重新評分 {1} 已經{0}；要再評分這些提交，請開始新的一次（POST /rejudges）。");

    public static readonly LocalizedText Applied = new("applied", "套用");

    public static readonly LocalizedText Cancelled = new("cancelled", "取消");

    public static readonly ProblemText NotOfExercise = new(Status400BadRequest, "Bad rejudge", "重新評分的要求有誤",
        "Not submissions of {0}: {1}.", "不是 {0} 的提交：{1}。");

    public static readonly ProblemText NotGradedYet = new(Status409Conflict, "Not graded yet", "尚未評分",
        "Still queued or being graded: {0}. A submission is graded again once it has a grade.", "仍在佇列中或評分中：{0}。提交要先有成績才能重新評分。");

    public static readonly ProblemText NothingToRejudge = new(Status409Conflict, "Nothing to rejudge", "沒有可重新評分的提交",
        "No graded submission of {0}.", "{0} 沒有已評分的提交。");

    public static readonly ProblemText NothingWithVerdict = new(Status409Conflict, "Nothing to rejudge", "沒有可重新評分的提交",
        "No graded submission of {0} has that verdict.", "{0} 沒有已評分且為這個判定的提交。");

    public static readonly ProblemText NothingOfAssignment = new(Status409Conflict, "Nothing to rejudge", "沒有可重新評分的提交",
        "No student has a graded submission of {0}'s exercises since it opened.", "自作業 {0} 開放以來，沒有學生有它的練習的已評分提交。");

    public static readonly ProblemText NothingOfAssignmentWithVerdict = new(Status409Conflict, "Nothing to rejudge", "沒有可重新評分的提交",
        "No student has a graded submission of {0}'s exercises since it opened with that verdict.", "自作業 {0} 開放以來，沒有學生有它的練習且為這個判定的已評分提交。");

    public static readonly ProblemText ExerciseOrAssignment = new(Status400BadRequest, "Bad rejudge", "重新評分的要求有誤",
        "Give exerciseId (one exercise's submissions) or assignmentId (every exercise of an assignment), one of the two.",
        "請給 exerciseId（一個練習的提交）或 assignmentId（一份作業的每個練習），兩者擇一。");

    public static readonly ProblemText IdsWithAssignment = new(Status400BadRequest, "Bad rejudge", "重新評分的要求有誤",
        "submissionIds go with exerciseId; a rejudge of an assignment takes every submission its gradebook weighs (optionally only one verdict's).",
        "submissionIds 只能和 exerciseId 一起用；作業的重新評分會取成績簿計入的每份提交（可只取一種判定）。");

    public static readonly ProblemText UnknownAssignment = new(Status400BadRequest, "Bad rejudge", "重新評分的要求有誤",
        "There is no assignment '{0}'. GET /assignments lists them.", "沒有作業 '{0}'。GET /assignments 會列出所有作業。");

    public static readonly ProblemText TooMany = new(Status409Conflict, "Too many submissions", "提交太多",
        "More than {0} submissions match: choose them by verdict or by id, in several rejudges.", "符合的提交超過 {0} 份：請依判定或編號挑選，分成幾次重新評分。");

    public static readonly ProblemText UnknownExercise = new(Status400BadRequest, "Bad rejudge", "重新評分的要求有誤",
        "There is no exercise '{0}'. GET /exercises lists them.", "沒有練習 '{0}'。GET /exercises 會列出所有練習。");

    public static readonly ProblemText IdsAndVerdict = new(Status400BadRequest, "Bad rejudge", "重新評分的要求有誤",
        "Choose the submissions by submissionIds or by verdict, not both (neither: every graded submission of the exercise).",
        "請用 submissionIds 或 verdict 其中之一挑選提交，不要兩個都用（都不填：這個練習所有已評分的提交）。");

    public static readonly ProblemText BadIdCount = new(Status400BadRequest, "Bad rejudge", "重新評分的要求有誤",
        "submissionIds lists from 1 to {0} submissions (leave it out for all of the exercise's).", "submissionIds 須列出 1 到 {0} 份提交（不填則為這個練習的全部）。");

    public static readonly ProblemText BadExerciseFilter = new(Status400BadRequest, "Bad rejudge", "重新評分的要求有誤",
        "exerciseId is an exercise id such as cumsum.", "exerciseId 是練習代號，例如 cumsum。");

    public static readonly ProblemText UnknownRejudge = new(Status404NotFound, "Unknown rejudge", "沒有這次重新評分",
        "There is no rejudge {0}. GET /rejudges lists them.", "沒有編號 {0} 的重新評分。GET /rejudges 會列出所有重新評分。");
}
