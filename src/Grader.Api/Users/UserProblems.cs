using Grader.Api.Http;
using Grader.Exercises;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Users;

/// <summary>How managing users and tokens and importing a roster is refused, and what a bad roster line is told.</summary>
internal static class UserProblems
{
    public static readonly ProblemText UnknownRole = new(Status400BadRequest, "Unknown role", "沒有這個角色",
        "role is one of {0} (got '{1}').", "role 須是 {0} 之一（收到 '{1}'）。");

    public static readonly ProblemText RosterRefused = new(Status400BadRequest, "Roster refused", "名單未匯入",
        "{0} row(s) have problems; nobody was added. {1}", "有 {0} 列有問題；沒有加入任何人。{1}");

    public static readonly LocalizedText RosterLine = new("Line {0}: {1}", "第 {0} 行：{1}");

    public static readonly ProblemText RosterChangedMeanwhile = new(Status409Conflict, "Roster changed meanwhile", "名單已被修改",
        "Some of these users were added by another request at the same moment; nothing was added. Import again: known users are skipped.",
        "其中有些使用者在同一時間被另一個請求加入了；這次沒有加入任何人。請再匯入一次：已存在的使用者會被略過。");

    public static readonly ProblemText UserDeactivated = new(Status409Conflict, "User deactivated", "使用者已停用",
        "{0} was deactivated; reactivate them (PATCH /users/{1} with active: true) before issuing a token.",
        "{0} 已停用；核發權杖前請先重新啟用（PATCH /users/{1}，送出 active: true）。");

    public static readonly ProblemText UnknownToken = new(Status404NotFound, "Unknown token", "沒有這個權杖",
        "User {0} has no token {1}.", "使用者 {0} 沒有權杖 {1}。");

    public static readonly ProblemText UserExists = new(Status409Conflict, "User exists", "使用者已存在",
        "There is already a user '{0}' (names are compared ignoring case).", "已經有使用者 '{0}'（名稱比對不分大小寫）。");

    public static readonly ProblemText UnknownUser = new(Status404NotFound, "Unknown user", "沒有這位使用者",
        "There is no user {0}.", "沒有使用者 {0}。");

    public static readonly ProblemText RosterTooLarge = new(Status413PayloadTooLarge, "Roster too large", "名單太大",
        "A roster may have at most {0} bytes.", "名單最多 {0} 位元組。");

    public static readonly ProblemText RosterNotUtf8 = new(Status400BadRequest, "Invalid UTF-8", "不是有效的 UTF-8",
        "The roster is not valid UTF-8. Save it as CSV UTF-8.", "名單不是有效的 UTF-8。請存成 CSV UTF-8。");

    public static readonly ProblemText CannotChangeYourself = new(Status409Conflict, "Cannot change yourself", "不能變更自己",
        "Instructors cannot deactivate themselves or give up their own instructor role; ask another instructor.",
        "教師不能停用自己，也不能放棄自己的教師角色；請找另一位教師處理。");

    public static readonly LocalizedText EmptyRoster = new(
        "The roster is empty: expected a header row 'userName,displayName[,role]' and one row per person.",
        "名單是空的：應有一列標題 'userName,displayName[,role]'，再每人一列。");

    public static readonly LocalizedText BadHeader = new(
        "The header row must name the columns userName and displayName (and optionally role); it was '{0}'.",
        "標題列必須有 userName 與 displayName 兩欄（role 可有可無）；收到的是 '{0}'。");

    public static readonly LocalizedText UnknownRosterRole = new(
        "Unknown role '{0}': use student, ta or instructor.", "沒有角色 '{0}'：請用 student、ta 或 instructor。");

    public static readonly LocalizedText Twice = new("'{0}' appears twice in the roster.", "'{0}' 在名單中出現了兩次。");
}
