using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Grader.Exercises.Values;

/// <summary>Renders values the way PyTorch prints them, for examples and messages.</summary>
public static partial class ValueFormatter
{
    /// <summary>A text with every number replaced by "?", for what is said about hidden cases.</summary>
    public static string MaskNumbers(string text) => Digits().Replace(text, "?");

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
        TextValue s => s.Text,
        TupleValue tuple => $"({string.Join(", ", tuple.Items.Select(Format))})",
        ListValue list => $"[{string.Join(", ", list.Items.Select(Format))}]",
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
            var position = 0;
            AppendDimension(text, tensor, 0, ref position);
        }

        if (tensor.DType is not ("int64" or "float32" or "bool"))
        {
            text.Append(", dtype=torch.").Append(tensor.DType);
        }

        return text.Append(')').ToString();
    }

    private static void AppendDimension(StringBuilder text, TensorValue tensor, int dimension, ref int position)
    {
        text.Append('[');
        for (var i = 0; i < tensor.Shape[dimension]; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }

            if (dimension == tensor.Rank - 1)
            {
                text.Append(Number(tensor.Data[position++], tensor.DType));
            }
            else
            {
                AppendDimension(text, tensor, dimension + 1, ref position);
            }
        }

        text.Append(']');
    }

    private static string Floating(double value)
    {
        var magnitude = Math.Abs(value);
        return magnitude != 0 && (magnitude >= 1e5 || magnitude < 1e-4)
            ? value.ToString("0.0000e+00", CultureInfo.InvariantCulture)
            : value.ToString("0.0000", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
