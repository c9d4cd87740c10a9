using Grader.Exercises.Running;
using static Grader.Exercises.Checking.Texts;

namespace Grader.Exercises.Checking;

/// <summary>
/// What a student is told about a hidden case that failed: only fixed text of the grader's, chosen by the kind of
/// mistake, never a shape, dtype or value of the expected result and never any text the snippet could influence (an
/// exception's message, libtorch's words about the snippet's tensors, its output). A snippet that reads a hidden input
/// could otherwise spell it out through any of them.
/// </summary>
internal static class HiddenCaseMessages
{
    private static readonly LocalizedText Differs = T(
        "The result differs from the expected one.",
        "結果與預期不同。");

    private static readonly Dictionary<string, LocalizedText> ByMistake = new(StringComparer.Ordinal)
    {
        ["sum-dtype-overload"] = T(
            "Got a uint8 scalar: in C#, A.sum(0) does not sum along axis 0 (the literal 0 converts to ScalarType.Byte). Write A.sum(dim: 0).",
            "得到 uint8 純量：在 C# 中 A.sum(0) 不是沿第 0 軸加總（常數 0 會被轉成 ScalarType.Byte）。請寫 A.sum(dim: 0)。"),
        ["one-element-not-scalar"] = T(
            "Expected a 0-d tensor (a scalar); a one-element tensor is not a scalar.",
            "預期是 0 維張量（純量）；只有一個元素的張量並不是純量。"),
        ["not-reduced"] = T(
            "Expected a 0-d tensor (a single number). Is a reduction such as sum() missing?",
            "預期是 0 維張量（單一數值）。是不是少了 sum() 之類的化約？"),
        ["keepdim-missing"] = T(
            "The values are right, but the reduced axis was dropped: keepdim is missing.",
            "數值正確，但被化約的軸消失了：少了 keepdim。"),
        ["keepdim-extra"] = T(
            "The values are right, but the reduced axis was kept: drop keepdim here.",
            "數值正確，但保留了被化約的軸：這裡不需要 keepdim。"),
        ["shape"] = T("The shape of the result is wrong.", "結果的形狀不對。"),
        ["integer-division"] = T(
            "Every value was rounded down: integer division. Convert to floating point before dividing or averaging.",
            "每個值都被無條件捨去：這是整數除法。請先轉成浮點數再做除法或平均。"),
        ["dtype"] = T("The dtype of the result is wrong.", "結果的 dtype 不對。"),
        ["values"] = T(
            "The shape and dtype are right, but some values differ from the expected ones.",
            "形狀與 dtype 正確，但有些值與預期不同。"),
        ["transposed"] = T(
            "The result is transposed: check which axis is rows and which is columns.",
            "結果被轉置了：請確認哪一軸是列、哪一軸是行。"),
        ["output"] = T("The output differs from the expected one.", "輸出與預期不同。"),
        ["malformed"] = T("The result could not be read.", "無法讀取結果。"),
        ["null"] = T("The method returned null.", "方法傳回了 null。"),
        ["kind"] = T(
            "The result is not of the kind the signature asks for (tensor, number, tuple or array).",
            "結果的種類與方法簽章要求的不同（張量、數值、tuple 或陣列）。"),
        ["tensor-not-number"] = T(
            "Expected a plain number, got a tensor: use .item<double>() to take the number out.",
            "預期是數值，卻得到張量：請用 .item<double>() 取出數值。"),
        ["item-count"] = T("The result has the wrong number of items.", "結果的項目數量不對。"),
    };

    /// <summary>A wrong answer: the kind of mistake the comparer saw, and which item of a tuple or array it was in.</summary>
    public static LocalizedText WrongAnswer(Mismatch mismatch)
    {
        var text = mismatch.Misconception is { } kind && ByMistake.TryGetValue(kind, out var known) ? known : Differs;
        return mismatch.Item is { } item ? text.Prefixed(new LocalizedText(item, item)) : text;
    }

    /// <summary>A runtime error: its kind only. The hint is chosen by the exception's type, never by its message.</summary>
    public static LocalizedText RuntimeError(RunError error)
    {
        var what = error.FromLibtorch ? "A libtorch error" : error.Name;
        var whatZh = error.FromLibtorch ? "libtorch 錯誤" : error.Name;
        return T($"{what} was thrown.", $"發生 {whatZh}。").Append(RuntimeHints.ForType(error));
    }

    /// <summary>The process was stopped (libtorch aborted it, or it exited): what it printed stays unsaid.</summary>
    public static readonly LocalizedText Stopped = T(
        "The program was stopped while this case was running (libtorch aborted, or the program exited).",
        "執行這個測試時程式被終止了（libtorch 中止了程式，或程式自行結束）。");
}
