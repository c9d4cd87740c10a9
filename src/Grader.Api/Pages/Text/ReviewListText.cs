using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>The TA review lists' strings: submissions, regrade requests, rejudges, gradebooks.</summary>
internal static class ReviewListText
{
    public static readonly LocalizedText ReviewTitle = new("Review", "批閱");
    public static readonly LocalizedText SubmissionsTitle = new("Submissions", "提交紀錄");
    public static readonly LocalizedText RegradesTitle = new("Regrade requests", "重新評分申請");
    public static readonly LocalizedText RejudgesTitle = new("Rejudges", "重新批改");
    public static readonly LocalizedText GradebooksTitle = new("Gradebooks", "成績簿");

    public static readonly LocalizedText RegradeTitle = new("Regrade request {0}", "重新評分申請 {0}");
    public static readonly LocalizedText Case = new("Case", "測資");
    public static readonly LocalizedText WholeSubmission = new("The whole submission", "整份提交");
    public static readonly LocalizedText Message = new("Student's message", "學生的說明");
    public static readonly LocalizedText Asked = new("Asked", "申請時間");
    public static readonly LocalizedText Answer = new("Answer", "回覆");
    public static readonly LocalizedText AnsweredBy = new("Answered by", "回覆者");
    public static readonly LocalizedText GradeChanged = new("Grade changed", "成績已調整");
    public static readonly LocalizedText OpenSubmission = new("Open the submission", "開啟這份提交");
    public static readonly LocalizedText CurrentGrade = new("Current grade: autograder {0}, final {1} of {2}.", "目前成績：自動批改 {0} 分，最終 {1} 分（滿分 {2}）。");
    public static readonly LocalizedText AnswerLabel = new("Your answer (the student reads it)", "你的回覆（學生會看到）");
    public static readonly LocalizedText GradeChange = new("Grade", "成績");
    public static readonly LocalizedText KeepGrade = new("Keep the grade as it is", "成績維持不變");
    public static readonly LocalizedText Adjust = new("Adjust by ± points", "加減分");
    public static readonly LocalizedText Override = new("Override the final score", "覆寫最終得分");
    public static readonly LocalizedText Points = new("Points", "分數");
    public static readonly LocalizedText GradeReason = new("Reason for the grade change", "調整成績的原因");
    public static readonly LocalizedText Resolve = new("Answer and resolve", "回覆並結案");
    public static readonly LocalizedText PointsNeeded = new("Give the points of the adjustment or override, as a whole number.", "請以整數填寫加減分或覆寫的分數。");

    public static readonly LocalizedText NewRejudge = new("Grade submissions again", "重新批改提交");
    public static readonly LocalizedText Which = new("Which submissions", "要重新批改哪些提交");
    public static readonly LocalizedText AllGraded = new("Every graded submission of the exercise", "這個習題所有已批改的提交");
    public static readonly LocalizedText WithVerdict = new("Those with the verdict", "判定為下列結果者");
    public static readonly LocalizedText ById = new("These submission ids (comma or space separated)", "這些提交編號（以逗號或空白分隔）");
    public static readonly LocalizedText OfAssignment = new("Every exercise of the assignment", "這份作業的所有習題");
    public static readonly LocalizedText OfAssignmentHelp = new(
        "An assignment: its students' graded submissions of all its exercises since it opened, and any pinned for it (every one its gradebook can count). The exercise above is not used.",
        "作業：學生在作業開放後對其所有習題的已批改提交，以及被指定計分的提交（成績簿可能計分的每一份）。此時不使用上方的習題。");
    public static readonly LocalizedText OfAssignmentShort = new("every exercise, every submission its gradebook weighs", "所有習題、成績簿可能計分的每一份提交");
    public static readonly LocalizedText ExerciseOrAssignment = new("Exercise or assignment", "習題或作業");
    public static readonly LocalizedText NoAssignment = new("Choose an assignment.", "請選擇作業。");
    public static readonly LocalizedText BadIds = new("Submission ids are whole numbers separated by commas or spaces.", "提交編號須為以逗號或空白分隔的整數。");
    public static readonly LocalizedText Start = new("Start", "開始");
    public static readonly LocalizedText RejudgeTitle = new("Rejudge {0}", "重新批改 {0}");
    public static readonly LocalizedText Progress = new("{0} of {1} graded again ({2} waiting, {3} being graded, {4} cancelled).", "已重新批改 {0} / {1} 份（等待 {2}、批改中 {3}、已取消 {4}）。");
    public static readonly LocalizedText Changes = new("Verdict changes: {0}. Score changes: {1}. Lower scores: {2}. Below a TA-reviewed final score: {3}.", "判定改變：{0}。分數改變：{1}。分數降低：{2}。低於助教審閱後的最終得分：{3}。");
    public static readonly LocalizedText Old = new("Before", "原本");
    public static readonly LocalizedText New = new("After", "重新批改後");
    public static readonly LocalizedText Final = new("Final now", "目前最終得分");
    public static readonly LocalizedText Lower = new("lower", "降低");
    public static readonly LocalizedText Flagged = new("below the TA's final score: flagged", "低於助教的最終得分：已標記");
    public static readonly LocalizedText Apply = new("Apply every new result", "套用所有新結果");
    public static readonly LocalizedText Cancel = new("Cancel the rejudge", "取消重新批改");
    public static readonly LocalizedText Refresh = new("Refresh", "重新整理");
    public static readonly LocalizedText Created = new("Created by", "建立者");

    public static readonly LocalizedText GradebookTitle = new("Gradebook: {0}", "成績簿：{0}");
    public static readonly LocalizedText DownloadCsv = new("Download the CSV file", "下載逗號分隔值檔案");
    public static readonly LocalizedText Total = new("Total", "總分");
    public static readonly LocalizedText PointsPossible = new("Points possible", "滿分");
    public static readonly LocalizedText DueAt = new("Due", "截止時間");
    public static readonly LocalizedText Extended = new("extended", "已延期");
    public static readonly LocalizedText Pinned = new("pinned", "指定計分");
    public static readonly LocalizedText LatePenalty = new("late −{0}", "遲交扣 {0} 分");
    public static readonly LocalizedText NoneCounts = new("none", "無");
}
