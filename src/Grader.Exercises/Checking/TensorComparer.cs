using Grader.Exercises.Catalog;
using Grader.Exercises.Values;
using static Grader.Exercises.Checking.Texts;

namespace Grader.Exercises.Checking;

/// <summary>
/// Tensor against tensor, in the order a TA looks: the C# sum(0) pitfall, 0-d versus one element, shape (with keepdim
/// and transposition recognised), dtype (with integer division recognised), then values.
/// </summary>
internal static class TensorComparer
{
    public static Mismatch? Compare(TensorValue expected, TensorValue actual, Tolerance tolerance, bool visible)
    {
        tolerance = tolerance.For(expected.DType);
        if (!actual.IsWellFormed)
        {
            return new Mismatch(T("The result could not be read.", "無法讀取結果。"), "malformed");
        }

        if (actual.DType == "uint8" && expected.DType != "uint8" && actual.Rank == 0)
        {
            return new Mismatch(T(
                $"Got a uint8 tensor of shape {ValueFormatter.Shape(actual.Shape, visible)}, expected {expected.DType}. In C#, A.sum(0) does not sum along axis 0: the literal 0 converts to the enum ScalarType, so it calls sum(ScalarType.Byte) and adds up every element as a byte. Write A.sum(dim: 0) (or A.sum(0, keepdim: ...)).",
                $"得到 uint8 張量（形狀 {ValueFormatter.Shape(actual.Shape, visible)}），預期是 {expected.DType}。在 C# 中 A.sum(0) 並不是沿著第 0 軸加總：常數 0 會被轉成列舉 ScalarType，因此呼叫的是 sum(ScalarType.Byte)，把所有元素以 byte 加總。請寫 A.sum(dim: 0)（或 A.sum(0, keepdim: ...)）。"),
                "sum-dtype-overload");
        }

        if (!actual.Shape.SequenceEqual(expected.Shape))
        {
            return CompareShapes(expected, actual, tolerance, visible);
        }

        if (actual.DType != expected.DType)
        {
            return CompareDTypes(expected, actual);
        }

        if (expected.Rank == 2 && expected.Shape[0] == expected.Shape[1] && expected.Shape[0] > 1
            && !AllClose(expected.Data, actual.Data, tolerance) && AllClose(Transpose(expected), actual.Data, tolerance))
        {
            return Transposed(expected, actual, visible);
        }

        return CompareValues(expected, actual, tolerance, visible);
    }

    private static Mismatch CompareShapes(TensorValue expected, TensorValue actual, Tolerance tolerance, bool visible)
    {
        var sameValues = expected.DType == actual.DType && AllClose(expected.Data, actual.Data, tolerance);
        if (expected.Rank == 0 && actual.Data.Length == 1)
        {
            return new Mismatch(T(
                $"Expected a 0-d tensor (a scalar, shape ()), got shape {ValueFormatter.Shape(actual.Shape, visible)}. A one-element tensor is not a scalar: reduce to 0-d (e.g. sum() without a dim) or index it with [0].",
                $"預期是 0 維張量（純量，形狀 ()），卻得到形狀 {ValueFormatter.Shape(actual.Shape, visible)}。只有一個元素的張量並不是純量：請化約成 0 維（例如不指定 dim 的 sum()），或用 [0] 取出元素。"),
                "one-element-not-scalar");
        }

        if (expected.Rank == 0)
        {
            return new Mismatch(T(
                $"Expected a 0-d tensor (a single number), got shape {ValueFormatter.Shape(actual.Shape, visible)}. Is a reduction such as sum() missing?",
                $"預期是 0 維張量（單一數值），卻得到形狀 {ValueFormatter.Shape(actual.Shape, visible)}。是不是少了 sum() 之類的化約？"),
                "not-reduced");
        }

        if (actual.Rank == 0 && expected.Data.Length == 1)
        {
            return new Mismatch(T(
                $"Expected shape {ValueFormatter.Shape(expected.Shape, visible)}, got a 0-d tensor (shape ()).",
                $"預期形狀是 {ValueFormatter.Shape(expected.Shape, visible)}，卻得到 0 維張量（形狀 ()）。"));
        }

        if (sameValues && DropsOnlyOnes(expected.Shape, actual.Shape))
        {
            return new Mismatch(T(
                $"keepdim is missing: expected shape {ValueFormatter.Shape(expected.Shape, visible)}, got {ValueFormatter.Shape(actual.Shape, visible)}. The values are right, but the reduced axis was dropped; pass keepdim: true to keep it (needed to broadcast against the original tensor).",
                $"少了 keepdim：預期形狀 {ValueFormatter.Shape(expected.Shape, visible)}，卻得到 {ValueFormatter.Shape(actual.Shape, visible)}。數值正確，但被化約的軸消失了；請傳入 keepdim: true 保留它（之後才能與原張量廣播運算）。"),
                "keepdim-missing");
        }

        if (sameValues && DropsOnlyOnes(actual.Shape, expected.Shape))
        {
            return new Mismatch(T(
                $"Expected shape {ValueFormatter.Shape(expected.Shape, visible)}, got {ValueFormatter.Shape(actual.Shape, visible)}: the values are right, but the reduced axis was kept. Drop keepdim here.",
                $"預期形狀 {ValueFormatter.Shape(expected.Shape, visible)}，卻得到 {ValueFormatter.Shape(actual.Shape, visible)}：數值正確，但保留了被化約的軸。這裡不需要 keepdim。"),
                "keepdim-extra");
        }

        if (expected.Rank == 2 && actual.Rank == 2 && actual.Shape[0] == expected.Shape[1] && actual.Shape[1] == expected.Shape[0]
            && AllClose(Transpose(expected), actual.Data, tolerance))
        {
            return Transposed(expected, actual, visible);
        }

        return new Mismatch(T(
            $"Expected shape {ValueFormatter.Shape(expected.Shape, visible)}, got {ValueFormatter.Shape(actual.Shape, visible)}.",
            $"預期形狀是 {ValueFormatter.Shape(expected.Shape, visible)}，卻得到 {ValueFormatter.Shape(actual.Shape, visible)}。"),
            "shape");
    }

    private static Mismatch CompareDTypes(TensorValue expected, TensorValue actual)
    {
        if (DTypes.IsFloating(expected.DType) && DTypes.IsInteger(actual.DType)
            && expected.Data.Zip(actual.Data).All(p => Math.Floor(p.First) == p.Second)
            && expected.Data.Any(x => x != Math.Floor(x)))
        {
            return new Mismatch(T(
                $"Expected {expected.DType}, got {actual.DType} with every value rounded down: integer division. arange gives int64; convert to floating point first (e.g. A.to(float32)) before dividing or averaging.",
                $"預期是 {expected.DType}，卻得到 {actual.DType}，而且每個值都被無條件捨去：這是整數除法。arange 產生的是 int64；請先轉成浮點數（例如 A.to(float32)）再做除法或平均。"),
                "integer-division");
        }

        return new Mismatch(T(
            $"Expected dtype {expected.DType}, got {actual.DType}.",
            $"預期的 dtype 是 {expected.DType}，卻得到 {actual.DType}。"),
            "dtype");
    }

    private static Mismatch? CompareValues(TensorValue expected, TensorValue actual, Tolerance tolerance, bool visible)
    {
        var wrong = 0;
        var first = -1;
        for (var i = 0; i < expected.Data.Length; i++)
        {
            if (!tolerance.Close(expected.Data[i], actual.Data[i]))
            {
                wrong++;
                first = first < 0 ? i : first;
            }
        }

        if (wrong == 0)
        {
            return null;
        }

        var total = expected.Data.Length;
        if (!visible)
        {
            return new Mismatch(T(
                "The shape and dtype are right, but some values differ from the expected ones.",
                "形狀與 dtype 正確，但有些值與預期不同。"),
                "values");
        }

        var at = expected.Rank == 0 ? "" : $" at {ValueFormatter.Index(Unravel(first, expected.Shape))}";
        var atZh = expected.Rank == 0 ? "" : $"位置 {ValueFormatter.Index(Unravel(first, expected.Shape))} 的";
        var got = ValueFormatter.Precise(actual.Data[first], actual.DType);
        var want = ValueFormatter.Precise(expected.Data[first], expected.DType);
        return new Mismatch(T(
            $"The value{at} is {got}, expected {want} ({wrong} of {total} values differ).",
            $"{atZh}值是 {got}，預期是 {want}（{total} 個值中有 {wrong} 個不同）。"),
            "values");
    }

    private static Mismatch Transposed(TensorValue expected, TensorValue actual, bool visible) => new(T(
        $"The result is transposed: expected shape {ValueFormatter.Shape(expected.Shape, visible)}, got {ValueFormatter.Shape(actual.Shape, visible)} holding the transpose of the expected values. Check which axis is rows and which is columns (or drop a .T).",
        $"結果被轉置了：預期形狀 {ValueFormatter.Shape(expected.Shape, visible)}，得到的 {ValueFormatter.Shape(actual.Shape, visible)} 裝的是預期結果的轉置。請確認哪一軸是列、哪一軸是行（或拿掉多餘的 .T）。"),
        "transposed");

    private static bool AllClose(double[] expected, double[] actual, Tolerance tolerance) =>
        expected.Length == actual.Length && expected.Zip(actual).All(p => tolerance.Close(p.First, p.Second));

    private static double[] Transpose(TensorValue matrix)
    {
        var (rows, columns) = ((int)matrix.Shape[0], (int)matrix.Shape[1]);
        var transposed = new double[matrix.Data.Length];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                transposed[(c * rows) + r] = matrix.Data[(r * columns) + c];
            }
        }

        return transposed;
    }

    /// <summary>
    /// Whether <paramref name="shorter"/> is <paramref name="longer"/> with some axes of size 1 left out: what a
    /// reduction without keepdim gives. Not every axis of size 1 need go: a (n, 1) matrix summed down its rows is
    /// (1, 1) with keepdim and (1,) without.
    /// </summary>
    private static bool DropsOnlyOnes(long[] longer, long[] shorter)
    {
        if (longer.Length <= shorter.Length)
        {
            return false;
        }

        var kept = 0;
        foreach (var size in longer)
        {
            if (kept < shorter.Length && shorter[kept] == size)
            {
                kept++;
            }
            else if (size != 1)
            {
                return false;
            }
        }

        return kept == shorter.Length;
    }

    private static long[] Unravel(int flat, long[] shape)
    {
        var index = new long[shape.Length];
        for (var d = shape.Length - 1; d >= 0; d--)
        {
            index[d] = flat % shape[d];
            flat /= (int)shape[d];
        }

        return index;
    }

    
}
