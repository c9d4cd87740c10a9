using System.Collections;
using System.Runtime.CompilerServices;
using TorchSharp;

namespace Grader.Exercises.Values;

/// <summary>
/// Turns what an entry point returned into plain data. Only types the grader knows are read; anything else becomes
/// an <see cref="UnsupportedValue"/> without calling its members, so a hostile ToString cannot run here.
/// </summary>
public static class ValueCapture
{
    /// <summary>
    /// Tensors larger than this are not copied out: no result of the chapter's exercises comes near it, and every
    /// element read crosses from the worker to the host and is judged there.
    /// </summary>
    public const long MaxTensorElements = 10_000;

    private const int MaxItems = 10_000;

    /// <summary>
    /// Tuples and arrays nested deeper than this are not read: no exercise returns more than a tuple of tensors, and
    /// the raw run crosses a process boundary as JSON, whose readers refuse deep nesting.
    /// </summary>
    public const int MaxNesting = 8;

    public static Value From(object? result) => From(result, 0);

    private static Value From(object? result, int depth) => result switch
    {
        ITuple or IList when depth >= MaxNesting => new UnsupportedValue(
            result.GetType().Name, $"nested more than {MaxNesting} levels deep"),
        null => new NullValue(),
        torch.Tensor tensor => FromTensor(tensor),
        double d => new NumberValue(d, "double"),
        float f => new NumberValue(f, "float"),
        int i => new NumberValue(i, "int"),
        long l => new NumberValue(l, "long"),
        bool b => new BoolValue(b),
        string s => new TextValue(s),
        ITuple tuple when IsValueTuple(tuple) => new TupleValue(Items(tuple, depth)),
        double[] or float[] or int[] or long[] or bool[] or torch.Tensor[] => FromList((IList)result, depth),
        _ => new UnsupportedValue(result.GetType().Name, "not a tensor, number, string, tuple or array"),
    };

    public static TensorValue FromTensor(torch.Tensor tensor)
    {
        if (tensor.IsInvalid)
        {
            throw new ObjectDisposedException("Tensor", "The returned tensor was already disposed.");
        }

        var dtype = DTypes.Name(tensor.dtype);
        if (tensor.is_complex())
        {
            throw new NotSupportedException($"Complex tensors ({dtype}) are not part of this chapter.");
        }

        if (tensor.numel() > MaxTensorElements)
        {
            throw new InvalidOperationException(
                $"The returned tensor has {tensor.numel()} elements; at most {MaxTensorElements} are read.");
        }

        if (tensor.numel() == 0)
        {
            // An empty tensor has no storage to read (data<T>() would fail on it): its shape says it all.
            return new TensorValue(tensor.shape, dtype, []);
        }

        using var flat = tensor.detach().cpu().to_type(torch.ScalarType.Float64).contiguous();
        return new TensorValue(tensor.shape, dtype, flat.data<double>().ToArray());
    }

    private static bool IsValueTuple(ITuple tuple) =>
        tuple.GetType().IsGenericType && tuple.GetType().FullName!.StartsWith("System.ValueTuple`", StringComparison.Ordinal);

    private static Value[] Items(ITuple tuple, int depth)
    {
        var items = new Value[tuple.Length];
        for (var i = 0; i < tuple.Length; i++)
        {
            items[i] = From(tuple[i], depth + 1);
        }

        return items;
    }

    private static ListValue FromList(IList list, int depth)
    {
        if (list.Count > MaxItems)
        {
            throw new InvalidOperationException($"The returned array has {list.Count} items; at most {MaxItems} are read.");
        }

        var items = new Value[list.Count];
        for (var i = 0; i < list.Count; i++)
        {
            items[i] = From(list[i], depth + 1);
        }

        return new ListValue(items);
    }
}
