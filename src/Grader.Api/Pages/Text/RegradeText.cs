using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>A student's regrade requests on their submission's page: the form, the requests and their answers.</summary>
internal static class RegradeText
{
    public static readonly LocalizedText Title = new("Regrade requests", "重新評分申請");
    public static readonly LocalizedText None = new("You have not asked for a regrade of this submission.", "你尚未對這份提交申請重新評分。");
    public static readonly LocalizedText Ask = new("Ask a TA to look again", "請助教重新檢視");
    public static readonly LocalizedText Intro = new(
        "If you think the grade is wrong, say what and why. A TA answers here; the grade changes only if they change it.",
        "如果你認為成績有誤，請說明哪裡有誤以及原因。助教會在這裡回覆；只有助教調整時成績才會改變。");
    public static readonly LocalizedText MessageLabel = new("Your message (what is wrong with the grade, and why)", "你的說明（成績哪裡有誤，以及原因）");
    public static readonly LocalizedText CaseLabel = new("About", "針對");
    public static readonly LocalizedText WholeSubmission = new("The whole submission", "整份提交");
    public static readonly LocalizedText CaseOption = new("Case {0}", "測資 {0}");
    public static readonly LocalizedText HiddenCaseOption = new("Case {0} (hidden)", "測資 {0}（隱藏）");
    public static readonly LocalizedText Send = new("Send the request", "送出申請");
    public static readonly LocalizedText Sent = new("Your request was sent. A TA will answer it here.", "已送出申請，助教會在這裡回覆。");
    public static readonly LocalizedText WaitForAnswer = new(
        "You can ask again once a TA has answered your open request.", "待助教回覆目前的申請後，才能再次申請。");
    public static readonly LocalizedText NotGradedYet = new("You can ask for a regrade once the submission is graded.", "提交批改完成後，才能申請重新評分。");
    public static readonly LocalizedText Asked = new("Asked (UTC)", "申請時間（UTC）");
    public static readonly LocalizedText About = new("About", "針對");
    public static readonly LocalizedText YourMessage = new("Your message", "你的說明");
    public static readonly LocalizedText Status = new("Status", "狀態");
    public static readonly LocalizedText Answer = new("The TA's answer", "助教的回覆");
    public static readonly LocalizedText AnsweredBy = new("Answered by {0}", "由 {0} 回覆");
    public static readonly LocalizedText MessageNeeded = new("Write your message first.", "請先填寫你的說明。");
    public static readonly LocalizedText MessageInvalid = new(
        "Your message is too long (at most 4000 characters) or holds characters that are not text.", "你的說明太長（最多 4000 字）或含有非文字的字元。");
    public static readonly LocalizedText BadCase = new("Choose the whole submission or one of its cases.", "請選擇整份提交或其中一筆測資。");
}
