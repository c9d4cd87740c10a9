using Grader.Api.Http;
using Grader.Exercises;
using Microsoft.AspNetCore.Http.HttpResults;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Review;

/// <summary>How reviewing (grades, comments, the audit trail) is refused.</summary>
internal static class ReviewProblems
{
    public static readonly ProblemText NoSubmission = new(Status404NotFound, "Unknown submission", "沒有這份提交",
        "You have no submission {0}.", "你沒有編號 {0} 的提交。");

    public static readonly ProblemText NoComment = new(Status404NotFound, "Unknown comment", "沒有這則留言",
        "Submission {0} has no comment {1} you can see.", "提交 {0} 沒有你能看到的留言 {1}。");

    public static readonly ProblemText IfMatchRequired = new(Status428PreconditionRequired, "If-Match required", "需要 If-Match",
        "Send the grade's ETag, quotes included, in If-Match (read it from GET /submissions/{0}/grade), so that a change made by someone else meanwhile is not overwritten.",
        "請在 If-Match 送出成績的 ETag（含引號；可從 GET /submissions/{0}/grade 取得），以免蓋掉別人在這段時間做的修改。");

    public static readonly ProblemText GradeChanged = new(Status412PreconditionFailed, "Grade changed meanwhile", "成績已被修改",
        "The grade of submission {0} is not the one you read: a TA changed it, or a rejudge replaced the autograder's score, since. Read it again (GET /submissions/{0}/grade or its history), then decide and send your change with the new ETag.",
        "提交 {0} 的成績已不是你讀到的那個：之後有助教改過，或重新評分取代了自動評分的分數。請重新讀取（GET /submissions/{0}/grade 或它的歷程），再決定並以新的 ETag 送出你的修改。");

    public static readonly ProblemText NotYourComment = new(Status403Forbidden, "Not your comment", "不是你的留言",
        "Only a comment's author may {0} it; write a comment of your own instead.", "只有留言的作者可以{0}它；請改寫一則你自己的留言。");

    public static readonly LocalizedText Edit = new("edit", "編輯");

    public static readonly LocalizedText Delete = new("delete", "刪除");

    public static readonly ProblemText PrivateForStaff = new(Status403Forbidden, "Private comments are for staff", "私人留言只限助教與教師",
        "Only TAs and instructors may write private notes; leave 'private' out.", "只有助教與教師可以寫私人註記；請不要送出 'private'。");

    public static readonly ProblemText NoSuchLine = new(Status400BadRequest, "No such line", "沒有這一行",
        "The submitted code has {0} lines; 'line' is from 1 to {0} (got {1}), or left out for the whole submission.",
        "提交的程式碼有 {0} 行；'line' 須介於 1 到 {0}（收到 {1}），或不填表示針對整份提交。");

    public static readonly ProblemText NotGradedYet = new(Status409Conflict, "Not graded yet", "尚未評分",
        "Submission {0} is {1}: its grade can change once the autograder has scored it.", "提交 {0} 目前是 {1}：自動評分完成後才能修改成績。");

    public static readonly ProblemText AdjustmentAndOverride = new(Status400BadRequest, "Bad grade change", "成績修改有誤",
        "Send an adjustment or an override, not both (an override decides the final score alone).",
        "請送出加減分（adjustment）或覆寫分數（override）其中之一，不要兩個都送（覆寫分數本身就決定最終分數）。");

    public static readonly ProblemText BadOverride = new(Status400BadRequest, "Bad grade change", "成績修改有誤",
        "An override is a final score from 0 to {0} (got {1}).", "覆寫分數是 0 到 {0} 的最終分數（收到 {1}）。");

    public static readonly ProblemText BadAdjustment = new(Status400BadRequest, "Bad grade change", "成績修改有誤",
        "An adjustment is from -{0} to {0} points, not 0 (got {1}); to remove one, send neither adjustment nor override.",
        "加減分須介於 -{0} 到 {0} 分且不為 0（收到 {1}）；要移除加減分，adjustment 與 override 都不要送。");

    public static readonly ProblemText BadPaging = new(Status400BadRequest, "Bad paging", "分頁參數錯誤",
        "page must be from 1 to {0} and pageSize from 1 to 100 (got page={1}, pageSize={2}).",
        "page 須介於 1 到 {0}，pageSize 須介於 1 到 100（收到 page={1}、pageSize={2}）。");

    public static readonly ProblemText BadAuditFilter = new(Status400BadRequest, "Bad filter", "篩選條件錯誤",
        "exerciseId and assignmentId are ids such as cumsum or hw1 (lower-case letters, digits and '-').",
        "exerciseId 與 assignmentId 是代號，例如 cumsum 或 hw1（小寫字母、數字與 '-'）。");

    /// <summary>The same answer whether it does not exist or belongs to someone else: ids reveal nothing.</summary>
    public static ProblemHttpResult UnknownSubmission(long submissionId) => NoSubmission.With(submissionId);

    public static ProblemHttpResult UnknownComment(long submissionId, long commentId) => NoComment.With(submissionId, commentId);
}
