using Grader.Exercises;

namespace Grader.Api.Pages.Text;

/// <summary>Strings every page shares (layout, sign-in, errors), each in English and Traditional Chinese.</summary>
internal static class CommonText
{
    public static readonly LocalizedText SiteName = new("Grader", "自動批改");
    public static readonly LocalizedText SkipToContent = new("Skip to content", "跳到主要內容");
    public static readonly LocalizedText MainNavigation = new("Main", "主選單");
    public static readonly LocalizedText Exercises = new("Exercises", "習題");
    public static readonly LocalizedText Review = new("Review", "批閱");
    public static readonly LocalizedText Admin = new("Course admin", "課程管理");
    public static readonly LocalizedText SignedInAs = new("Signed in as", "目前登入：");
    public static readonly LocalizedText SignOut = new("Sign out", "登出");
    public static readonly LocalizedText LanguageLabel = new("Language", "語言");
    public static readonly LocalizedText SwitchLanguage = new("Switch", "切換");

    public static readonly LocalizedText SignInTitle = new("Sign in", "登入");
    public static readonly LocalizedText SignInIntro = new(
        "Paste the token your instructor gave you (it starts with grd_). You stay signed in in this browser until you sign out.",
        "請貼上老師給你的權杖（以 grd_ 開頭）。登入後，在這個瀏覽器中會保持登入，直到你登出為止。");
    public static readonly LocalizedText TokenLabel = new("Token", "權杖");
    public static readonly LocalizedText SignInButton = new("Sign in", "登入");
    public static readonly LocalizedText TokenRefused = new(
        "This token is not valid: it is unknown, revoked or expired, or its user was deactivated. Ask your instructor for a new one.",
        "這個權杖無效：它不存在、已被撤銷或已過期，或其使用者已被停用。請向老師索取新的權杖。");
    public static readonly LocalizedText TokenMissing = new("Paste your token first.", "請先貼上權杖。");
    public static readonly LocalizedText SignedOut = new("You are signed out.", "你已登出。");
    public static readonly LocalizedText SignInAgain = new("Sign in again", "重新登入");

    public static readonly LocalizedText ErrorTitle = new("Something went wrong", "發生錯誤");
    public static readonly LocalizedText NotFoundTitle = new("Not found", "找不到頁面");
    public static readonly LocalizedText NotFoundText = new(
        "There is no such page, or it is not yours to see.", "沒有這個頁面，或你沒有權限檢視。");
    public static readonly LocalizedText ForbiddenTitle = new("Not allowed", "沒有權限");
    public static readonly LocalizedText ForbiddenText = new(
        "Your role does not allow this page.", "你的身分不能開啟這個頁面。");
    public static readonly LocalizedText BadRequestTitle = new("Request refused", "請求被拒絕");
    public static readonly LocalizedText BadRequestText = new(
        "The request could not be used (an expired form, perhaps). Go back, reload the page and try again.",
        "無法處理這個請求（可能是表單已過期）。請返回、重新載入頁面後再試一次。");
    public static readonly LocalizedText UnavailableTitle = new("Try again shortly", "請稍後再試");
    public static readonly LocalizedText UnavailableText = new(
        "The service is busy or its database is away for a moment. Try again in a few seconds.",
        "服務忙碌中，或資料庫暫時無法使用。請過幾秒後再試。");
    public static readonly LocalizedText OtherErrorText = new(
        "The page could not be shown. Try again; if it happens again, tell the course staff.",
        "無法顯示這個頁面。請再試一次；若仍發生，請告知課程助教。");
    public static readonly LocalizedText BackToStart = new("Back to the exercises", "回到習題列表");
}
