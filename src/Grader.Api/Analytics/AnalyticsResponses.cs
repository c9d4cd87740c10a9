using Grader.Exercises.Grading;

namespace Grader.Api.Analytics;

/// <summary>What the class did with one exercise (students' graded submissions only; staff's tries are left out).</summary>
/// <param name="Students">Students who submitted at least once.</param>
/// <param name="AcceptedFirstTry">Students whose first submission (in scope) was accepted.</param>
/// <param name="AcceptedEventually">Students with an accepted submission.</param>
/// <param name="Difficulty">0 (everyone accepted at the first try) to 1 (nobody accepted): see <c>StudentAttempts.DifficultyScore</c>.</param>
/// <param name="AttemptsUntilAccepted">Students by how many submissions it took them, accepted students only ("10+" last).</param>
/// <param name="Scores">Students by their best autograder score.</param>
/// <param name="VerdictsByHour">Submissions per hour (UTC) and verdict, to see a deadline rush.</param>
/// <param name="Misconceptions">The most frequent recognised mistakes: submissions and students with one, and the latest such submission.</param>
/// <param name="CompileErrors">The most frequent compiler errors, by id, with an example message and the latest submission.</param>
/// <param name="HiddenCases">The hidden cases failed most often, by number and name only.</param>
/// <param name="MedianGradingMs">The median of compile plus run time in the sandbox.</param>
public sealed record ExerciseAnalytics(
    string ExerciseId,
    string Title,
    string? AssignmentId,
    int Students,
    int Submissions,
    int AcceptedFirstTry,
    int AcceptedEventually,
    double? Difficulty,
    IReadOnlyList<CountBucket> AttemptsUntilAccepted,
    int? MaxScore,
    IReadOnlyList<CountBucket> Scores,
    IReadOnlyList<HourVerdicts> VerdictsByHour,
    IReadOnlyList<FindingCount> Misconceptions,
    IReadOnlyList<FindingCount> CompileErrors,
    IReadOnlyList<HiddenCaseCount> HiddenCases,
    double? MedianGradingMs);

public sealed record CountBucket(string Label, int Count);

public sealed record HourVerdicts(DateTime Hour, int Total, IReadOnlyList<VerdictCount> Verdicts);

public sealed record VerdictCount(Verdict Verdict, int Count);

/// <param name="Id">The misconception's id in the catalog, or the compiler's error id (CS0103).</param>
/// <param name="Label">The misconception's message, or the example submission's compiler message, in the request's language.</param>
/// <param name="ExampleSubmissionId">The latest submission with it (staff open it with GET /submissions/{id}).</param>
public sealed record FindingCount(string Id, string Label, int Submissions, int Students, long ExampleSubmissionId);

/// <param name="Number">The case's number, from 1, as students see it.</param>
public sealed record HiddenCaseCount(int Number, string Name, int Submissions, int Students);

/// <summary>One student's numbers for an exercise: the raw data behind the charts.</summary>
public sealed record StudentAnalytics(
    int UserId, string UserName, string DisplayName, int Submissions, int? AttemptsUntilAccepted, int? BestScore, int? MaxScore);

/// <summary>The chapter's exercises, hardest first.</summary>
public sealed record ChapterOverview(string? AssignmentId, string Difficulty, IReadOnlyList<ExerciseDifficulty> Exercises);

public sealed record ExerciseDifficulty(
    int Rank, string ExerciseId, string Title, string Topic, int Students, int AcceptedFirstTry, int AcceptedEventually,
    double? MeanAttemptsUntilAccepted, double? Difficulty);
