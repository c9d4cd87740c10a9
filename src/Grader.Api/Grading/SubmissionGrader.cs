using Grader.Exercises;
using Grader.Exercises.Checking;
using Grader.Exercises.Grading;
using Grader.Sandbox;

namespace Grader.Api.Grading;

/// <summary>
/// Grades one claimed submission on this grader node: the sandbox compiles and runs the snippet while the reference
/// results for its seed are found or run here (trusted code), and the judge decides from the raw runs.
/// </summary>
internal sealed class SubmissionGrader(ReferenceResults references)
{
    public static readonly LocalizedText ExerciseGone = new(
        "The exercise no longer exists in the catalog; ask your instructor.",
        "題庫中已沒有這個練習；請詢問授課教師。");

    /// <exception cref="SandboxUnavailableException">The pool or its worker went away; another try may succeed.</exception>
    public async Task<GradeReport> GradeAsync(SandboxPool pool, Claim claim, CancellationToken cancellationToken)
    {
        var submission = claim.Submission;
        if (pool.Catalog.Find(submission.ExerciseId) is not { } exercise)
        {
            return Failure(submission, ExerciseGone);
        }

        // Every attempt has hidden cases of its own, so the reference rarely has this seed's results yet: it runs
        // beside the sandbox's compile and run, and the judge finds them ready.
        var expected = references.GetAsync(exercise, submission.Seed, unseen: claim.FirstGrading);
        var run = await pool.RunAsync(exercise.Id, submission.Code, submission.Seed, cancellationToken);
        var reference = await expected ?? throw new InvalidOperationException("A grader could not obtain reference results.");
        return Judge.Decide(exercise, submission.Seed, run, reference);
    }

    public static GradeReport Failure(Data.Submission submission, LocalizedText summary) => new(
        submission.ExerciseId, submission.CatalogVersion, submission.Seed, Verdict.InternalError, 0, 0, summary, [], [], [], 0, 0);
}
