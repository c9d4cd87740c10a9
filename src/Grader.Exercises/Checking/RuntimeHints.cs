using Grader.Exercises.Running;
using static Grader.Exercises.Checking.Texts;

namespace Grader.Exercises.Checking;

/// <summary>What a runtime error usually means in this chapter, for the errors students hit most.</summary>
internal static class RuntimeHints
{
    private static readonly (string[] Fragments, LocalizedText Hint)[] Known =
    [
        (["floating point or complex", "Got Long", "dtype should be either floating point"], T(
            "arange gives int64 tensors, and norms, means and other floating-point operations refuse integers: convert first, e.g. x.to(float32).",
            "arange 產生 int64 張量，而範數、平均等浮點運算不接受整數：請先轉型，例如 x.to(float32)。")),
        (["shapes cannot be multiplied", "size mismatch"], T(
            "A matrix product needs the columns of the first operand to equal the rows of the second; check the order of the operands and whether one needs a transpose.",
            "矩陣乘法需要第一個運算元的行數等於第二個的列數；請檢查運算元的順序，或其中一個是否需要轉置。")),
        (["must match the size of tensor"], T(
            "The shapes do not broadcast. If you divide by a sum, keep the reduced axis with keepdim: true so the shapes line up.",
            "形狀無法廣播。若要除以加總結果，請用 keepdim: true 保留被化約的軸，讓形狀對齊。")),
        (["1D tensors expected", "1D tensor expected"], T(
            "dot takes two 1-D tensors (vectors); for matrices use mv or mm.",
            "dot 只接受兩個一維張量（向量）；矩陣請用 mv 或 mm。")),
        (["expected both vectors to have same dtype", "expected scalar type", "same dtype"], T(
            "Both operands need the same dtype; convert one of them (e.g. .to(float32)).",
            "兩個運算元的 dtype 必須相同；請轉換其中一個（例如 .to(float32)）。")),
        (["does not require grad", "does not have a grad_fn"], T(
            "Autograd can only differentiate with respect to a tensor that requires grad: call x.requires_grad_() before computing y.",
            "自動微分只能對需要梯度的張量求導：請在計算 y 之前呼叫 x.requires_grad_()。")),
    ];

    private static readonly LocalizedText NullGrad = T(
        "Something was null; if it is x.grad, call backward() on a scalar first, and make sure x requires grad.",
        "有值是 null；若是 x.grad，請先對純量呼叫 backward()，並確認 x 需要梯度。");

    public static LocalizedText? For(RunError error) =>
        ForType(error) ?? Known.FirstOrDefault(k => k.Fragments.Any(f => error.Message.Contains(f, StringComparison.Ordinal))).Hint;

    /// <summary>A hint that depends on the exception's type alone, for hidden cases, where the message is not read.</summary>
    public static LocalizedText? ForType(RunError error) =>
        error is { Kind: RunErrorKind.Exception, Type: nameof(NullReferenceException) } ? NullGrad : null;
}
