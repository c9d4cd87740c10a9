using Grader.Api.Data;
using Grader.Api.Submissions;
using Grader.Exercises.Grading;

namespace Grader.Api.Rejudges;

/// <summary>A rejudge: its progress, how many results it changes, and (GET /rejudges/{id}) old and new per submission.</summary>
/// <param name="ExerciseId">The exercise whose submissions are graded again (null for an assignment's rejudge).</param>
/// <param name="AssignmentId">The assignment whose submissions are graded again (selection assignment), else null.</param>
/// <param name="State">open (grading, or graded and waiting to be applied or cancelled), applied or cancelled.</param>
/// <param name="Items">Per submission, oldest first (not in lists).</param>
public sealed record RejudgeResponse(
    long Id,
    string? ExerciseId,
    string? AssignmentId,
    RejudgeSelection Selection,
    Verdict? Verdict,
    string? Reason,
    RejudgeState State,
    SubmissionOwner CreatedBy,
    DateTime CreatedAt,
    DateTime? ClosedAt,
    RejudgeProgress Progress,
    RejudgeChanges Changes,
    IReadOnlyList<RejudgeItemResponse>? Items);

/// <param name="Done">Graded again: the new result is ready.</param>
/// <param name="Cancelled">Left the queue ungraded when the rejudge was cancelled.</param>
public sealed record RejudgeProgress(int Total, int Queued, int Running, int Done, int Cancelled);

/// <summary>Among the submissions graded again so far.</summary>
/// <param name="Verdicts">Whose verdict changes.</param>
/// <param name="Scores">Whose autograder score changes.</param>
/// <param name="Lower">Whose autograder score falls.</param>
/// <param name="Flagged">Whose new score is below the final score a TA reviewed: flagged for the TA when applied.</param>
public sealed record RejudgeChanges(int Verdicts, int Scores, int Lower, int Flagged);

/// <summary>One submission's old and new autograder result.</summary>
/// <param name="OldVerdict">The submission's result when the rejudge began (once applied: the one it replaced).</param>
/// <param name="NewVerdict">The rejudge's result (null until graded).</param>
/// <param name="Final">The submission's final score now, with any TA adjustment or override.</param>
/// <param name="Flagged">The new score is below the final score a TA reviewed (open: would be flagged; applied: was).</param>
public sealed record RejudgeItemResponse(
    long SubmissionId,
    SubmissionOwner Student,
    int Attempt,
    RejudgeItemStatus Status,
    Verdict? OldVerdict,
    int? OldScore,
    Verdict? NewVerdict,
    int? NewScore,
    int? MaxScore,
    bool VerdictChanged,
    bool ScoreChanged,
    int? Final,
    bool Flagged);

/// <summary>On a submission (staff only): an applied rejudge lowered its autograder score below the final score a TA had reviewed.</summary>
/// <param name="FinalBefore">The final score the TA had reviewed.</param>
public sealed record RejudgeFlagResponse(long RejudgeId, int? FinalBefore);

/// <summary>What the audit trail keeps of a submission's grade before and after a rejudge is applied.</summary>
internal sealed record RejudgeSnapshot(string? Verdict, int? Auto, int? Adjustment, int? Override, int? Final);
