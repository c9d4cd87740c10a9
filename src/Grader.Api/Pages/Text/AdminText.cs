using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>The instructor pages' strings: users, tokens, roster import, assignments and extensions.</summary>
internal static class AdminText
{
    public static readonly LocalizedText AdminTitle = new("Course admin", "課程管理");
    public static readonly LocalizedText UsersTitle = new("Users", "使用者");
    public static readonly LocalizedText RosterTitle = new("Import a roster", "匯入名單");
    public static readonly LocalizedText AssignmentsTitle = new("Assignments", "作業");

    public static readonly LocalizedText UserName = new("User name", "帳號");
    public static readonly LocalizedText DisplayName = new("Display name", "顯示名稱");
    public static readonly LocalizedText Role = new("Role", "身分");
    public static readonly LocalizedText Active = new("Active", "啟用中");
    public static readonly LocalizedText Deactivated = new("Deactivated", "已停用");
    public static readonly LocalizedText NewUser = new("Add a user", "新增使用者");
    public static readonly LocalizedText Create = new("Create", "建立");
    public static readonly LocalizedText Save = new("Save", "儲存");
    public static readonly LocalizedText UserTitle = new("User {0}", "使用者 {0}");
    public static readonly LocalizedText UserHeading = new("User", "使用者");
    public static readonly LocalizedText EditUser = new("Name and role", "名稱與身分");
    public static readonly LocalizedText Deactivate = new("Deactivate (revokes every token; keeps the submissions)", "停用（撤銷所有權杖；保留提交紀錄）");
    public static readonly LocalizedText Reactivate = new("Reactivate", "重新啟用");
    public static readonly LocalizedText TokensTitle = new("Tokens", "權杖");
    public static readonly LocalizedText TokenName = new("What it is for", "用途");
    public static readonly LocalizedText TokenPrefix = new("Begins with", "開頭");
    public static readonly LocalizedText Created = new("Created", "建立時間");
    public static readonly LocalizedText Expires = new("Expires", "到期時間");
    public static readonly LocalizedText Revoked = new("Revoked", "已撤銷");
    public static readonly LocalizedText Never = new("never", "不會到期");
    public static readonly LocalizedText Revoke = new("Revoke", "撤銷");
    public static readonly LocalizedText Issue = new("Issue a token", "發放權杖");
    public static readonly LocalizedText ExpiresInDays = new("Days until it expires (empty: until revoked)", "有效天數（留空表示直到撤銷）");
    public static readonly LocalizedText IssuedOnce = new(
        "The new token, shown only this once (only its hash is stored): copy it now and give it to its owner.",
        "新的權杖只會顯示這一次（系統只保存其雜湊值）：請立即複製並交給使用者。");
    public static readonly LocalizedText BadDays = new("Days are a whole number from 1 to 3650.", "天數須為 1 到 3650 的整數。");

    public static readonly LocalizedText RosterIntro = new(
        "A CSV file with a header row userName,displayName and optionally role; one person per row. Known users are skipped; if any row is wrong, nobody is added and every wrong row is listed.",
        "逗號分隔值檔案：第一列為欄位名稱（帳號、顯示名稱，以及可選的身分欄），之後每列一人。已存在的使用者會略過；只要有任何一列有誤，就不會新增任何人，並列出每一列錯誤。");
    public static readonly LocalizedText RosterPaste = new("Paste the roster", "貼上名單");
    public static readonly LocalizedText RosterFile = new("Or upload the file", "或上傳檔案");
    public static readonly LocalizedText IssueTokens = new("Issue a token for each new user", "為每位新使用者發放權杖");
    public static readonly LocalizedText Import = new("Import", "匯入");
    public static readonly LocalizedText RosterEmpty = new("Paste a roster or choose a file.", "請貼上名單或選擇檔案。");
    public static readonly LocalizedText RosterTooLarge = new("The roster is larger than 1 MB.", "名單檔案超過一百萬位元組。");
    public static readonly LocalizedText RosterNotUtf8 = new("The file is not UTF-8 text: save it as CSV UTF-8.", "檔案不是 UTF-8 文字：請另存為 UTF-8 編碼的逗號分隔值檔案。");
    public static readonly LocalizedText RosterRefused = new("Nobody was added: fix these rows and import again.", "沒有新增任何人：請修正以下各列後再匯入一次。");
    public static readonly LocalizedText Line = new("Line", "行");
    public static readonly LocalizedText Problem = new("Problem", "問題");
    public static readonly LocalizedText Added = new("Added", "已新增");
    public static readonly LocalizedText Skipped = new("Already known, skipped", "已存在，略過");

    public static readonly LocalizedText NewAssignment = new("New assignment", "新增作業");
    public static readonly LocalizedText EditAssignment = new("Assignment {0}", "作業 {0}");
    public static readonly LocalizedText AssignmentId = new("Id (lower-case letters, digits and '-')", "代號（小寫英文字母、數字與連字號）");
    public static readonly LocalizedText TitleEn = new("Title in English", "英文標題");
    public static readonly LocalizedText TitleZh = new("Title in Traditional Chinese", "中文標題");
    public static readonly LocalizedText OrderTitle = new("Order of the exercises", "習題順序");
    public static readonly LocalizedText OrderHelp = new(
        "Students, the gradebook and its CSV file show the exercises in this order. Moving one saves at once.",
        "學生頁面、成績簿及其檔案都依此順序列出習題。移動後立即儲存。");
    public static readonly LocalizedText MoveUp = new("Move {0} up", "將 {0} 上移");
    public static readonly LocalizedText MoveDown = new("Move {0} down", "將 {0} 下移");
    public static readonly LocalizedText Up = new("Up", "上移");
    public static readonly LocalizedText Down = new("Down", "下移");
    public static readonly LocalizedText BadMove = new("Choose an exercise of the assignment and a direction.", "請選擇作業中的習題與移動方向。");
    public static readonly LocalizedText ExercisesAndPoints = new("Exercises and their points (tick those in the assignment)", "習題與配分（勾選要納入作業的習題）");
    public static readonly LocalizedText Points = new("Points", "配分");
    public static readonly LocalizedText OpensAt = new("Opens (UTC)", "開放時間（世界協調時間）");
    public static readonly LocalizedText DueAt = new("Due (UTC)", "截止時間（世界協調時間）");
    public static readonly LocalizedText LateUntil = new("Late submissions until (UTC, optional)", "遲交截止（世界協調時間，可不填）");
    public static readonly LocalizedText LateCredit = new("Late credit (percent, with the late window)", "遲交得分比例（百分比，與遲交截止一起填寫）");
    public static readonly LocalizedText Counts = new("Which submission counts", "採計哪一次提交");
    public static readonly LocalizedText CountsLast = new("The last one", "最後一次");
    public static readonly LocalizedText CountsBest = new("The best one", "最高分的一次");
    public static readonly LocalizedText BadDates = new("Give the dates as date and time.", "請以日期與時間填寫。");
    public static readonly LocalizedText BadPoints = new("Points are whole numbers from 1 to 1000.", "配分須為 1 到 1000 的整數。");
    public static readonly LocalizedText BadPercent = new("The late credit is a whole number from 0 to 100.", "遲交得分比例須為 0 到 100 的整數。");
    public static readonly LocalizedText NoExercise = new("Tick at least one exercise.", "請至少勾選一個習題。");
    public static readonly LocalizedText ExtensionsTitle = new("Extensions", "延期");
    public static readonly LocalizedText Grant = new("Grant an extension", "給予延期");
    public static readonly LocalizedText NewDueAt = new("The student's due date (UTC)", "該學生的截止時間（世界協調時間）");
    public static readonly LocalizedText GrantedAt = new("Granted", "給予時間");
    public static readonly LocalizedText Gradebook = new("Gradebook", "成績簿");
}
