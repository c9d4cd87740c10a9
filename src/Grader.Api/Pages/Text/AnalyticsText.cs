using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>The staff's strings on the analytics and similarity pages.</summary>
internal static class AnalyticsText
{
    public static readonly LocalizedText OverviewTitle = new("Class analytics", "全班學習分析");
    public static readonly LocalizedText OverviewIntro = new(
        "The chapter's exercises, hardest first. Only students' graded submissions count; staff's tries do not.",
        "本章習題依難度排列，最難的在前。只計入學生已批改的繳交，助教與教師的試交不列入。");
    public static readonly LocalizedText Rank = new("Rank", "名次");
    public static readonly LocalizedText Exercise = new("Exercise", "習題");
    public static readonly LocalizedText Topic = new("Topic", "主題");
    public static readonly LocalizedText Students = new("Students", "學生人數");
    public static readonly LocalizedText Submissions = new("Submissions", "繳交次數");
    public static readonly LocalizedText FirstTry = new("Accepted at the first try", "第一次就通過");
    public static readonly LocalizedText Eventually = new("Accepted eventually", "最後通過");
    public static readonly LocalizedText MeanAttempts = new("Mean submissions until accepted", "通過前平均繳交次數");
    public static readonly LocalizedText Difficulty = new("Difficulty", "難度");
    public static readonly LocalizedText MedianGrading = new("Median grading time (compile + run)", "批改時間中位數（編譯＋執行）");
    public static readonly LocalizedText Milliseconds = new("{0} ms", "{0} 毫秒");
    public static readonly LocalizedText None = new("none", "無");
    public static readonly LocalizedText Similarity = new("Similarity", "相似度");
    public static readonly LocalizedText Details = new("Details", "詳細資料");
    public static readonly LocalizedText Assignment = new("Assignment", "作業");
    public static readonly LocalizedText AllSubmissions = new("All submissions", "所有繳交");
    public static readonly LocalizedText Show = new("Show", "顯示");
    public static readonly LocalizedText ExerciseTitle = new("Analytics: {0}", "學習分析：{0}");
    public static readonly LocalizedText Summary = new("Summary", "摘要");
    public static readonly LocalizedText DownloadCsv = new("Download the numbers (CSV)", "下載數據（CSV）");
    public static readonly LocalizedText DownloadStudentsCsv = new("Download each student's numbers (CSV)", "下載每位學生的數據（CSV）");
    public static readonly LocalizedText BackToOverview = new("Back to the class analytics", "回到全班學習分析");
    public static readonly LocalizedText Count = new("Count", "數量");
    public static readonly LocalizedText Id = new("Id", "代號");
    public static readonly LocalizedText StudentsWithIt = new("Students", "學生人數");
    public static readonly LocalizedText Example = new("Example", "範例");
    public static readonly LocalizedText Submission = new("Submission {0}", "第 {0} 號繳交");
    public static readonly LocalizedText Total = new("Total", "合計");
    public static readonly LocalizedText TableOf = new("The numbers of the chart: {0}", "圖表數據：{0}");

    public static readonly LocalizedText SimilarityTitle = new("Similarity: {0}", "相似度報告：{0}");
    public static readonly LocalizedText HowItWorks = new(
        "Each student's latest submission is compared by its token stream (names, constants, comments and layout do not matter), without the starter code and the reference solution everyone shares.",
        "比較每位學生最新一次繳交的語彙單元序列（變數名稱、常數、註解與排版都不影響結果），並先扣除大家共有的起始程式碼與參考解答。");
    public static readonly LocalizedText NoRun = new("No similarity run yet.", "尚未執行相似度比對。");
    public static readonly LocalizedText RunNow = new("Compare the latest submissions now", "立即比對最新的繳交");
    public static readonly LocalizedText RunOnlyInstructors = new("Only instructors start a comparison.", "只有教師可以啟動比對。");
    public static readonly LocalizedText LastRun = new("Compared {0} submissions on {1} (UTC) in {2} ms.", "於 {1}（UTC）比對了 {0} 份繳交，耗時 {2} 毫秒。");
    public static readonly LocalizedText Threshold = new("Lowest score shown", "顯示的最低分數");
    public static readonly LocalizedText NoPairs = new("No pair reaches this score.", "沒有任何一組達到這個分數。");
    public static readonly LocalizedText Score = new("Score", "分數");
    public static readonly LocalizedText SharedFingerprints = new("Shared fingerprints", "共同指紋數");
    public static readonly LocalizedText First = new("First submission", "第一份繳交");
    public static readonly LocalizedText Second = new("Second submission", "第二份繳交");
    public static readonly LocalizedText Compare = new("Side by side", "並排比較");
    public static readonly LocalizedText PairTitle = new("Side by side: {0} and {1}", "並排比較：{0} 與 {1}");
    public static readonly LocalizedText Regions = new("{0} matching regions are highlighted; the same colour marks the same region in both.", "已標示 {0} 段相符的程式碼；兩邊相同顏色表示同一段。");
    public static readonly LocalizedText Match = new("Match {0}", "相符段落 {0}");
    public static readonly LocalizedText BackToReport = new("Back to the similarity report", "回到相似度報告");
    public static readonly LocalizedText Attempt = new("attempt {0}", "第 {0} 次繳交");
}
