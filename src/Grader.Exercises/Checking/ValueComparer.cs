using Grader.Exercises.Catalog;
using Grader.Exercises.Values;
using static Grader.Exercises.Checking.Texts;

namespace Grader.Exercises.Checking;

/// <summary>
/// Compares a snippet's result with the reference's: tensors by shape, dtype and values (allclose), numbers with
/// tolerance, tuples and arrays item by item. On a hidden case (<c>visible: false</c>) no message contains an input or
/// an expected value.
/// </summary>
public static class ValueComparer
{
    public static Mismatch? Compare(Value expected, Value actual, Tolerance tolerance, bool visible, IReadOnlyList<string>? names = null) =>
        (expected, actual) switch
        {
            (_, NullValue) when expected is not NullValue => new Mismatch(T(
                $"The method returned null; expected {expected.Describe()}.",
                $"方法傳回了 null；預期是{Kind(expected)}。"), "null"),
            (TensorValue e, TensorValue a) => TensorComparer.Compare(e, a, tolerance, visible),
            (TensorValue e, _) => WrongKind(e, actual, visible),
            (NumberValue e, NumberValue a) => tolerance.For(e.TypeName).Close(e.Number, a.Number)
                ? null
                : Differs(visible, ValueFormatter.Precise(e.Number, e.TypeName), ValueFormatter.Precise(a.Number, a.TypeName)),
            (NumberValue e, TensorValue { Data.Length: 1 } a) => new Mismatch(T(
                $"Expected a plain {e.TypeName}, got {a.Describe()}: use .item<double>() to take the number out.",
                $"預期是 {e.TypeName} 數值，卻得到{Kind(a)}：請用 .item<double>() 取出數值。"), "tensor-not-number"),
            (TupleValue e, TupleValue a) => CompareItems(e.Items, a.Items, tolerance, visible, names, isTuple: true),
            (ListValue e, ListValue a) => CompareItems(e.Items, a.Items, tolerance, visible, null, isTuple: false),
            (BoolValue e, BoolValue a) => e.Flag == a.Flag ? null : Differs(visible, Format(e), Format(a)),
            (TextValue e, TextValue a) => e.Text == a.Text ? null : Differs(visible, Format(e), Format(a)),
            (NullValue, NullValue) => null,
            (_, UnsupportedValue) => WrongKind(expected, actual, visible),
            _ when expected.GetType() == actual.GetType() => expected == actual ? null : Differs(visible, Format(expected), Format(actual)),
            _ => WrongKind(expected, actual, visible),
        };

    private static Mismatch WrongKind(Value expected, Value actual, bool visible) => visible
        ? new(T($"Expected {expected.Describe()}, got {actual.Describe()}.", $"預期是{Kind(expected)}，卻得到{Kind(actual)}。"), "kind")
        : new(T($"Expected {Brief(expected)}, got {Brief(actual)}.", $"預期是{Brief(expected)}，卻得到{Brief(actual)}。"), "kind");

    /// <summary>The kind of a value without its shape or length, for hidden cases.</summary>
    private static string Brief(Value value) => value switch
    {
        TensorValue => "tensor",
        NumberValue n => n.TypeName,
        TupleValue => "tuple",
        ListValue => "array",
        NullValue => "null",
        _ => value.GetType().Name.Replace("Value", "", StringComparison.Ordinal).ToLowerInvariant(),
    };

    private static Mismatch Differs(bool visible, string expected, string actual) => visible
        ? new Mismatch(T($"Got {actual}, expected {expected}.", $"得到 {actual}，預期是 {expected}。"), "values")
        : new Mismatch(T("The result differs from the expected one.", "結果與預期不同。"), "values");

    private static Mismatch? CompareItems(Value[] expected, Value[] actual, Tolerance tolerance, bool visible, IReadOnlyList<string>? names, bool isTuple)
    {
        if (expected.Length != actual.Length)
        {
            return visible || isTuple
                ? new Mismatch(T($"Expected {expected.Length} items, got {actual.Length}.", $"預期有 {expected.Length} 個項目，卻得到 {actual.Length} 個。"), "item-count")
                : new Mismatch(T("The array has the wrong number of items.", "陣列的項目數量不對。"), "item-count");
        }

        for (var i = 0; i < expected.Length; i++)
        {
            if (Compare(expected[i], actual[i], tolerance, visible) is { } mismatch)
            {
                var label = isTuple
                    ? names is { Count: > 0 } && i < names.Count ? names[i] : $"Item{i + 1}"
                    : $"[{i}]";
                return mismatch.Prefixed(label);
            }
        }

        return null;
    }

    private static string Format(Value value) => ValueFormatter.Format(value);
}
