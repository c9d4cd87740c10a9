using Grader.Api.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace Grader.Api.Similarity;

internal static class SimilarityProblems
{
    public static readonly ProblemText ThresholdOutOfRange = new(Status400BadRequest, "Threshold out of range", "門檻超出範圍",
        "threshold is a score from {0} (the lowest a run keeps) to 1 (got {1}).", "threshold 是 {0}（比對保留的最低分）到 1 之間的分數（收到 {1}）。");

    public static readonly ProblemText UnknownRun = new(Status404NotFound, "No similarity run", "沒有相似度比對",
        "There is no similarity run {0} of '{1}'.", "'{1}' 沒有編號 {0} 的相似度比對。");

    public static readonly ProblemText NoRunYet = new(Status404NotFound, "No similarity run", "沒有相似度比對",
        "No similarity run of '{0}' yet: an instructor starts one with POST /exercises/{0}/similarity.",
        "'{0}' 還沒有相似度比對：教師可用 POST /exercises/{0}/similarity 開始一次。");

    public static readonly ProblemText NoRunForAssignmentYet = new(Status404NotFound, "No similarity run", "沒有相似度比對",
        "No similarity run of '{0}' for assignment '{1}' yet: an instructor starts one with POST /exercises/{0}/similarity.",
        "作業 '{1}' 的 '{0}' 還沒有相似度比對：教師可用 POST /exercises/{0}/similarity 開始一次。");
}
