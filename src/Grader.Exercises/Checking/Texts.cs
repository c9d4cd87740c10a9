using Grader.Exercises.Values;

namespace Grader.Exercises.Checking;

/// <summary>Small helpers for the checker's bilingual messages.</summary>
internal static class Texts
{
    public static LocalizedText T(string en, string zhTw) => new(en, zhTw);

    /// <summary>Value.Describe in Traditional Chinese.</summary>
    public static string Kind(Value value) => value switch
    {
        TensorValue t => $" dtype 為 {t.DType}、形狀為 {ValueFormatter.Shape(t.Shape)} 的張量",
        NumberValue n => $" {n.TypeName} 數值",
        BoolValue => "bool 值",
        TextValue => "字串",
        TupleValue tuple => $"含 {tuple.Items.Length} 個項目的 tuple",
        ListValue list => $"含 {list.Items.Length} 個項目的陣列",
        NullValue => " null",
        UnsupportedValue u => $" {u.TypeName} 物件",
        _ => value.Describe(),
    };
}
