using Grader.Api.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Lti;

/// <summary>How the LTI administration endpoints (platforms, score sync, roster sync) refuse.</summary>
internal static class LtiProblems
{
    public static readonly ProblemText UnknownScoreStatus = new(Status400BadRequest, "Unknown status", "沒有這個狀態",
        "There is no score status '{0}'. Statuses: pending, sending, sent, failed.", "沒有成績狀態 '{0}'。狀態有：pending、sending、sent、failed。");

    public static readonly ProblemText UnknownScore = new(Status404NotFound, "Unknown score", "沒有這筆成績",
        "There is no score {0} in the outbox.", "待送成績中沒有編號 {0} 的成績。");

    public static readonly ProblemText NewerScore = new(Status409Conflict, "A newer score exists", "已有較新的成績",
        "A newer score for this student and line item follows score {0}; it carries the current grade (GET /lti/score-sync).",
        "這位學生在這個成績項目上，成績 {0} 之後還有較新的成績；目前的分數以它為準（GET /lti/score-sync）。");

    public static readonly ProblemText NotResendable = new(Status409Conflict, "Not resendable", "不能重送",
        "Score {0} is {1}: only a failed or pending score is sent again.", "成績 {0} 的狀態是 {1}：只有失敗或待送的成績可以重送。");

    public static readonly ProblemText BadUrl = new(Status400BadRequest, "Bad platform registration", "平台註冊資料有誤",
        "{0} must be an absolute https URL (got '{1}').", "{0} 必須是完整的 https 網址（收到 '{1}'）。");

    public static readonly ProblemText BadDeploymentId = new(Status400BadRequest, "Bad platform registration", "平台註冊資料有誤",
        "Every deployment id must be 1 to {0} characters.", "每個部署代號（deployment id）須有 1 到 {0} 個字元。");

    public static readonly ProblemText DeploymentTwice = new(Status400BadRequest, "Bad platform registration", "平台註冊資料有誤",
        "deploymentIds lists a deployment twice.", "deploymentIds 中有重複的部署代號。");

    public static readonly ProblemText PlatformExists = new(Status409Conflict, "Platform already registered", "平台已註冊",
        "A registration for issuer '{0}' and client id '{1}' exists already; change it with PUT /lti/platforms/{{id}}.",
        "issuer '{0}' 與 client id '{1}' 已經註冊過；請用 PUT /lti/platforms/{{id}} 修改。");

    public static readonly ProblemText UnknownPlatform = new(Status404NotFound, "Unknown platform", "沒有這個平台",
        "There is no platform registration {0}.", "沒有編號 {0} 的平台註冊。");

    public static readonly ProblemText UnknownCourse = new(Status404NotFound, "Unknown course", "沒有這門課程",
        "No launch came from a course {0} (GET /lti/contexts).", "沒有來自課程 {0} 的啟動（GET /lti/contexts）。");

    /// <summary>The LMS's own answer ({0}) is for the log and for programs; the Chinese sentence says what happened.</summary>
    public static readonly ProblemText RosterNotRead = new(Status502BadGateway, "Roster not read", "無法讀取名單",
        "{0}", "無法從 LMS 讀取課程成員（NRPS）：LMS 沒有正常回應。請稍後再試，或檢查平台註冊。");
}
