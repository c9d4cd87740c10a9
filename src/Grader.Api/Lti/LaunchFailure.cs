namespace Grader.Api.Lti;

/// <summary>
/// Why a login or launch was refused, in both languages, with a code for machines (the page's <c>data-error</c>) and
/// the HTTP status of the error page. Each says what was wrong and what to do; none is a stack trace.
/// </summary>
internal sealed record LaunchFailure(string Code, int Status, string En, string ZhTw)
{
    private const int Bad = StatusCodes.Status400BadRequest;
    private const int Unauthorized = StatusCodes.Status401Unauthorized;
    private const int Forbidden = StatusCodes.Status403Forbidden;
    private const int Unavailable = StatusCodes.Status502BadGateway;

    public static LaunchFailure MissingParameter(string name) => new("missing_parameter", Bad,
        $"The request has no '{name}'. Start again from the link in your course.",
        $"請求缺少「{name}」。請從課程中的連結重新開始。");

    public static LaunchFailure UnknownPlatform(string issuer, string? clientId) => new("unregistered_platform", Bad,
        $"No platform with issuer '{issuer}'{(clientId is null ? "" : $" and client id '{clientId}'")} is registered with the grader. Ask your instructor to register it (POST /lti/platforms).",
        $"評分系統中沒有註冊發行者「{issuer}」{(clientId is null ? "" : $"、用戶端識別碼「{clientId}」")}的平台。請授課教師先註冊（POST /lti/platforms）。");

    public static LaunchFailure AmbiguousPlatform(string issuer) => new("ambiguous_platform", Bad,
        $"Several registrations use issuer '{issuer}'; the login must name its client_id.",
        $"多個註冊使用同一發行者「{issuer}」；登入請求必須提供 client_id。");

    public static LaunchFailure UnregisteredDeployment(string deploymentId) => new("unregistered_deployment", Forbidden,
        $"Deployment '{deploymentId}' is not registered for this platform. Ask your instructor to add it to the platform's deploymentIds.",
        $"部署「{deploymentId}」未在此平台註冊。請授課教師將它加入平台的 deploymentIds。");

    public static LaunchFailure ForeignTarget(string target) => new("foreign_target_link_uri", Bad,
        $"The target link '{target}' is not an address of this grader; the grader only opens its own pages.",
        $"目標連結「{target}」不是本評分系統的網址；評分系統只開啟自己的頁面。");

    public static readonly LaunchFailure NotAJwt = new("malformed_id_token", Bad,
        "The id_token is not a signed JSON Web Token.",
        "id_token 不是經過簽章的 JSON Web Token。");

    public static LaunchFailure WrongAlgorithm(string algorithm) => new("wrong_algorithm", Unauthorized,
        $"The id_token is signed with '{algorithm}'; only RS256 with the platform's published key is accepted.",
        $"id_token 的簽章演算法是「{algorithm}」；只接受以平台公開金鑰產生的 RS256 簽章。");

    public static readonly LaunchFailure UnknownState = new("unknown_state", Bad,
        "This launch does not answer a login the grader started, or the login expired (10 minutes). Open the link in your course again.",
        "此次啟動並非回應評分系統發出的登入，或登入已過期（10 分鐘）。請重新開啟課程中的連結。");

    public static readonly LaunchFailure OtherBrowser = new("state_from_another_browser", Forbidden,
        "This launch was started in another browser (its state does not belong to this browser's cookie). Open the link in your course again, in this browser; if it keeps failing, allow cookies for the grader.",
        "此次啟動是在另一個瀏覽器開始的（狀態與此瀏覽器的 cookie 不符）。請在此瀏覽器重新開啟課程中的連結；若仍失敗，請允許評分系統的 cookie。");

    public static LaunchFailure WrongIssuer(string issuer, string expected) => new("wrong_issuer", Unauthorized,
        $"The id_token's issuer '{issuer}' is not the platform the login was started for ('{expected}').",
        $"id_token 的發行者「{issuer}」不是登入時的平台（「{expected}」）。");

    public static LaunchFailure WrongAudience(string audience, string clientId) => new("wrong_audience", Unauthorized,
        $"The id_token is meant for '{audience}', not for this tool's client id '{clientId}'.",
        $"id_token 的對象是「{audience}」，不是本工具的用戶端識別碼「{clientId}」。");

    public static readonly LaunchFailure MissingKid = new("missing_kid", Unauthorized,
        "The id_token's header names no key (kid), so its signature cannot be checked.",
        "id_token 的標頭沒有指明金鑰（kid），無法驗證簽章。");

    public static LaunchFailure UnknownKid(string kid) => new("unknown_kid", Unauthorized,
        $"The id_token is signed with key '{kid}', which the platform's JWKS does not publish (fetched again just now).",
        $"id_token 以金鑰「{kid}」簽章，但平台的 JWKS（剛重新取得）中沒有此金鑰。");

    public static LaunchFailure KeysUnavailable(string reason) => new("platform_keys_unavailable", Unavailable,
        $"The platform's public keys could not be read: {reason} Try again in a moment.",
        $"無法取得平台的公開金鑰：{reason} 請稍後再試。");

    public static readonly LaunchFailure BadSignature = new("bad_signature", Unauthorized,
        "The id_token's signature does not match the platform's key: it was not signed by the platform, or was changed on the way.",
        "id_token 的簽章與平台的金鑰不符：它不是平台簽發的，或在傳送途中被竄改。");

    public static readonly LaunchFailure Expired = new("expired", Unauthorized,
        "The id_token has expired. Open the link in your course again.",
        "id_token 已過期。請重新開啟課程中的連結。");

    public static readonly LaunchFailure IssuedInFuture = new("not_yet_valid", Unauthorized,
        "The id_token was issued in the future (the platform's clock is ahead by more than the allowed leeway).",
        "id_token 的簽發時間在未來（平台的時鐘超前超過容許的誤差）。");

    public static LaunchFailure InvalidToken(string reason) => new("invalid_id_token", Unauthorized,
        $"The id_token is not valid: {reason}",
        $"id_token 無效：{reason}");

    public static readonly LaunchFailure WrongNonce = new("wrong_nonce", Unauthorized,
        "The id_token's nonce is not the one the grader sent with this login.",
        "id_token 的 nonce 與評分系統在此次登入送出的不同。");

    public static readonly LaunchFailure ReplayedNonce = new("replayed_nonce", Unauthorized,
        "This launch was already used once (its nonce is spent): a launch cannot be replayed. Open the link in your course again.",
        "此次啟動已被使用過（nonce 已用掉）：啟動不可重播。請重新開啟課程中的連結。");

    public static LaunchFailure WrongMessageType(string? type) => new("wrong_message_type", Bad,
        $"The message type '{type}' is not one the grader handles (LtiResourceLinkRequest, LtiDeepLinkingRequest).",
        $"評分系統不處理訊息類型「{type}」（僅 LtiResourceLinkRequest、LtiDeepLinkingRequest）。");

    public static LaunchFailure WrongVersion(string? version) => new("wrong_version", Bad,
        $"The LTI version '{version}' is not supported; the grader speaks LTI 1.3.0.",
        $"不支援 LTI 版本「{version}」；評分系統使用 LTI 1.3.0。");

    public static LaunchFailure MissingClaim(string claim) => new("missing_claim", Bad,
        $"The id_token lacks the claim '{claim}'.",
        $"id_token 缺少宣告「{claim}」。");

    public static readonly LaunchFailure NoTarget = new("no_target", Bad,
        "This link names no exercise or assignment (its custom parameter 'exercise' or 'assignment' is missing). Ask your instructor to add the link again through the grader's picker.",
        "此連結沒有指定練習或作業（缺少自訂參數「exercise」或「assignment」）。請授課教師透過評分系統的選擇器重新加入連結。");

    public static LaunchFailure UnknownTarget(string kind, string id) => new("unknown_target", Bad,
        $"This link names the {kind} '{id}', which the grader does not have.",
        $"此連結指定的{(kind == "exercise" ? "練習" : "作業")}「{id}」在評分系統中不存在。");

    public static readonly LaunchFailure Deactivated = new("account_deactivated", Forbidden,
        "Your grader account was deactivated (you left the course). Ask your instructor if this is a mistake.",
        "你的評分系統帳號已停用（已退出課程）。若有誤請詢問授課教師。");

    public static readonly LaunchFailure DeepLinkingForStaffOnly = new("deep_linking_not_allowed", Forbidden,
        "Only an instructor can add grader content to a course.",
        "只有授課教師可以將評分系統的內容加入課程。");

    public static readonly LaunchFailure UnknownDeepLink = new("unknown_deep_link", Bad,
        "This choice does not belong to an open content selection in this browser, or it was already sent. Start again from the course.",
        "此選擇不屬於此瀏覽器中進行中的內容選擇，或已送出。請從課程重新開始。");

    public static readonly LaunchFailure BadChoice = new("bad_choice", Bad,
        "Choose one exercise or one assignment.",
        "請選擇一個練習或一個作業。");

    public static readonly LaunchFailure DatabaseUnavailable = new("database_unavailable", StatusCodes.Status503ServiceUnavailable,
        "The grader's database is not answering. Try again in a moment.",
        "評分系統的資料庫沒有回應。請稍後再試。");
}
