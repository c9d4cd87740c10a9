using System.Globalization;
using System.Text;

namespace Grader.Exercises.Values;

/// <summary>
/// Renders values the way PyTorch prints them, for examples and messages. Large values are summarised as PyTorch
/// summarises them (the first and last <see cref="EdgeItems"/> of each dimension around "..."), so what is stored and
/// shown for a result stays small whatever a snippet returns.
/// </summary>
public static class ValueFormatter
{
    /// <summary>Above this many elements a tensor is summarised (PyTorch's print threshold).</summary>
    public const int SummaryThreshold = 1000;

    /// <summary>Items kept at each end of a summarised dimension, array or tuple (PyTorch's edgeitems).</summary>
    public const int EdgeItems = 3;

    /// <summary>The longest string shown whole; longer ones keep their start and end around "...".</summary>
    public const int MaxTextChars = 1000;

    /// <summary>A shape as students read it, or "(…)" where it could reveal a hidden case's input.</summary>
    public static string Shape(IReadOnlyList<long> shape, bool visible) => visible ? Shape(shape) : "(…)";

    public static string Shape(IReadOnlyList<long> shape) =>
        shape.Count == 1 ? $"({shape[0]},)" : $"({string.Join(", ", shape)})";

    public static string Index(IReadOnlyList<long> index) => $"[{string.Join(", ", index)}]";

    public static string Number(double value, string dtype = "float64") =>
        double.IsNaN(value) ? "nan"
        : double.IsInfinity(value) ? (value > 0 ? "inf" : "-inf")
        : DTypes.IsFloating(dtype) || dtype == "double" || dtype == "float"
            ? Floating(value)
            : dtype == "bool" ? (value != 0 ? "True" : "False")
            : ((long)value).ToString(CultureInfo.InvariantCulture);

    /// <summary>A number in a message: integers as integers, floating point with up to 7 significant digits.</summary>
    public static string Precise(double value, string dtype) =>
        DTypes.IsFloating(dtype) || dtype is "double" or "float"
            ? double.IsFinite(value) ? value.ToString("G7", CultureInfo.InvariantCulture) : Number(value, dtype)
            : Number(value, dtype);

    public static string Format(Value value) => value switch
    {
        TensorValue t => Tensor(t),
        NumberValue n => Number(n.Number, n.TypeName),
        BoolValue b => b.Flag ? "true" : "false",
        TextValue s => s.Text.Length <= MaxTextChars ? s.Text : $"{s.Text[..(MaxTextChars / 2)]}...{s.Text[^(MaxTextChars / 2)..]}",
        TupleValue tuple => $"({string.Join(", ", Summarised(tuple.Items))})",
        ListValue list => $"[{string.Join(", ", Summarised(list.Items))}]",
        NullValue => "null",
        UnsupportedValue u => $"<{u.TypeName}>",
        _ => value.ToString(),
    };

    public static string Tensor(TensorValue tensor)
    {
        var text = new StringBuilder("tensor(");
        if (tensor.Rank == 0)
        {
            text.Append(Number(tensor.Data[0], tensor.DType));
        }
        else
        {
            AppendDimension(text, tensor, 0, 0, summarise: tensor.Data.Length > SummaryThreshold);
        }

        if (tensor.Data.Length == 0 && tensor.Rank > 1)
        {
            text.Append(", size=").Append(Shape(tensor.Shape));
        }

        if (tensor.DType is not ("int64" or "float32" or "bool"))
        {
            text.Append(", dtype=torch.").Append(tensor.DType);
        }

        return text.Append(')').ToString();
    }

    /// <param name="offset">Where this slice starts in the flat, row-major data.</param>
    private static void AppendDimension(StringBuilder text, TensorValue tensor, int dimension, long offset, bool summarise)
    {
        var length = tensor.Shape[dimension];
        var stride = 1L;
        for (var d = dimension + 1; d < tensor.Rank; d++)
        {
            stride *= tensor.Shape[d];
        }

        text.Append('[');
        for (var i = 0L; i < length; i++)
        {
            if (summarise && length > 2 * EdgeItems && i == EdgeItems)
            {
                text.Append(", ...");
                i = length - EdgeItems;
            }

            if (i > 0)
            {
                text.Append(", ");
            }

            if (dimension == tensor.Rank - 1)
            {
                text.Append(Number(tensor.Data[offset + i], tensor.DType));
            }
            else
            {
                AppendDimension(text, tensor, dimension + 1, offset + (i * stride), summarise);
            }
        }

        text.Append(']');
    }

    /// <summary>Arrays and tuples beyond 100 items keep their ends: each item may be a whole tensor.</summary>
    private static IEnumerable<string> Summarised(Value[] items) =>
        items.Length <= SummaryThreshold / 10
            ? items.Select(Format)
            : [.. items.Take(EdgeItems).Select(Format), "...", .. items.TakeLast(EdgeItems).Select(Format)];

    private static string Floating(double value)
    {
        var magnitude = Math.Abs(value);
        return magnitude != 0 && (magnitude >= 1e5 || magnitude < 1e-4)
            ? value.ToString("0.0000e+00", CultureInfo.InvariantCulture)
            : value.ToString("0.0000", CultureInfo.InvariantCulture);
    }
}
