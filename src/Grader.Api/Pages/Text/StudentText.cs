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
    public static readonly LocalizedText Points = new("Points", "配分");

    // The exercise page.
    public static readonly LocalizedText Signature = new("Signature", "方法簽章");
    public static readonly LocalizedText SignatureIntro = new("Your code must define this method:", "你的程式碼必須定義這個方法：");
    public static readonly LocalizedText Examples = new("Examples", "範例");
    public static readonly LocalizedText Input = new("Input", "輸入");
    public static readonly LocalizedText Expected = new("Expected result", "預期結果");
    public static readonly LocalizedText ExpectedUnknown = new("(shown once the grader has run the reference)", "（批改程式執行過參考解答後才會顯示）");
    public static readonly LocalizedText HiddenCases = new("hidden cases are graded too, with inputs of their own for each attempt.", "個隱藏測資也會批改，且每次提交的輸入都不同。");
    public static readonly LocalizedText Limits = new("Limits", "限制");
    public static readonly LocalizedText LimitsText = new("time {0} ms, memory {1} MB, output {2} KB", "時間 {0} 毫秒、記憶體 {1} MB、輸出 {2} KB");
    public static readonly LocalizedText YourCode = new("Your code", "你的程式碼");
    public static readonly LocalizedText Code = new("Code", "程式碼");
    public static readonly LocalizedText EditorHelp = new(
        "Tab indents and Shift+Tab outdents; press Esc, then Tab, to leave the editor. Your draft is kept in this browser.",
        "Tab 鍵縮排、Shift+Tab 取消縮排；先按 Esc 再按 Tab 可離開編輯區。草稿會保存在這個瀏覽器中。");
    public static readonly LocalizedText Submit = new("Submit", "提交");
    public static readonly LocalizedText ResetToStarter = new("Start over from the starter code", "還原為起始程式碼");
    public static readonly LocalizedText ConfirmReset = new("Replace your code with the starter code?", "要以起始程式碼取代你的程式碼嗎？");
    public static readonly LocalizedText Result = new("Result", "結果");
    public static readonly LocalizedText NoResultYet = new("Submit your code to see its result here.", "提交程式碼後，結果會顯示在這裡。");
    public static readonly LocalizedText Grading = new("Submitted; grading…", "已提交，批改中…");
    public static readonly LocalizedText StillGrading = new("Still grading; the result will appear here.", "仍在批改中，結果會顯示在這裡。");
    public static readonly LocalizedText EarlierSubmissions = new("Your submissions", "你的提交紀錄");
    public static readonly LocalizedText NoSubmissions = new("None yet.", "尚無提交。");
    public static readonly LocalizedText Attempt = new("Attempt", "第幾次");
    public static readonly LocalizedText SubmittedAt = new("Submitted (UTC)", "提交時間（UTC）");
    public static readonly LocalizedText Verdict = new("Verdict", "判定");
    public static readonly LocalizedText Score = new("Score", "得分");
    public static readonly LocalizedText Open = new("Open", "開啟");

    // What the page says when the service refuses a submission (the API's own words are English only).
    public static readonly LocalizedText RefusedBadCode = new(
        "The code could not be submitted: it is empty or not valid text.", "無法提交：程式碼是空的，或不是有效的文字。");
    public static readonly LocalizedText RefusedTooLarge = new("The code is too long (over 64 KB).", "程式碼太長（超過 64 KB）。");
    public static readonly LocalizedText RefusedTooMany = new(
        "Too many submissions in a row: wait {0} s and submit again.", "提交太頻繁：請等待 {0} 秒後再提交。");
    public static readonly LocalizedText RefusedBusy = new(
        "The grader is busy or away for a moment; nothing was stored. Submit again in {0} s.", "批改服務忙碌或暫時無法使用，未儲存任何內容。請在 {0} 秒後再提交。");
    public static readonly LocalizedText RefusedSession = new(
        "Your session has ended: sign in again (your draft is kept).", "你的登入已結束：請重新登入（草稿會保留）。");
    public static readonly LocalizedText RefusedOther = new(
        "The submission failed. Reload the page and try again.", "提交失敗。請重新載入頁面後再試一次。");

    // A submission's result.
    public static readonly LocalizedText Case = new("Case", "測資");
    public static readonly LocalizedText Hidden = new("hidden", "隱藏");
    public static readonly LocalizedText Hint = new("Hint: {0}", "提示：{0}");
    public static readonly LocalizedText Actual = new("Your result", "你的結果");
    public static readonly LocalizedText Output = new("Output", "輸出");
    public static readonly LocalizedText Compiler = new("Compiler messages", "編譯器訊息");
    public static readonly LocalizedText LineColumn = new("Line {0}, column {1}", "第 {0} 行，第 {1} 欄");
    public static readonly LocalizedText ForbiddenUses = new("Not allowed in this exercise", "本題不允許使用");
    public static readonly LocalizedText AttemptNumber = new("Attempt {0}", "第 {0} 次提交");
    public static readonly LocalizedText SubmissionTitle = new("Submission {0}", "提交 {0}");
    public static readonly LocalizedText BackToExercise = new("Back to the exercise", "回到習題");
    public static readonly LocalizedText FinalScore = new("Final score", "最終得分");
    public static readonly LocalizedText TaChanged = new("Changed by the course staff", "由課程助教調整");
    public static readonly LocalizedText Reason = new("Reason", "理由");
    public static readonly LocalizedText Comments = new("Comments", "留言");
    public static readonly LocalizedText NoComments = new("No comments.", "沒有留言。");
    public static readonly LocalizedText OnLine = new("On line {0}", "第 {0} 行");
    public static readonly LocalizedText OnWholeSubmission = new("On the whole submission", "針對整份提交");
    public static readonly LocalizedText TheCode = new("The code", "程式碼");

    // The assignment page.
    public static readonly LocalizedText DueAt = new("Due (UTC)", "截止時間（UTC）");
    public static readonly LocalizedText LateUntil = new("Late submissions until (UTC), for {0}% of the score", "遲交期限（UTC），得分以 {0}% 計");
    public static readonly LocalizedText Extension = new("Your extension", "你的延期");
    public static readonly LocalizedText Counted = new("Counted", "計分");
    public static readonly LocalizedText Total = new("Total", "總分");
    public static readonly LocalizedText ExerciseScore = new("Counted score", "計分成績");
    public static readonly LocalizedText CountsRule = new("What counts", "計分方式");
    public static readonly LocalizedText CountsLast = new("your last submission before the deadline", "截止前最後一次提交");
    public static readonly LocalizedText CountsBest = new("your best submission (after any late penalty)", "最佳的一次提交（扣除遲交折扣後）");
    public static readonly LocalizedText Lateness = new("Lateness", "是否遲交");
    public static readonly LocalizedText Yes = new("Yes", "是");
}
