using Grader.Exercises.Values;
using TorchSharp;

namespace Grader.Exercises.Tests;

public class ValueCaptureTests
{
    [Fact]
    public void A_tensor_with_a_zero_length_dimension_is_captured_by_its_shape()
    {
        using var empty = torch.zeros(0, 3, dtype: torch.float32);

        var value = Assert.IsType<TensorValue>(ValueCapture.From(empty));

        Assert.Equal([0L, 3L], value.Shape);
        Assert.Equal("float32", value.DType);
        Assert.Empty(value.Data);
        Assert.True(value.IsWellFormed);
    }

    [Fact]
    public void A_tuple_nested_too_deeply_is_not_read()
    {
        object nested = 1.0;
        for (var i = 0; i < 40; i++)
        {
            nested = ValueTuple.Create(nested, 2.0);
        }

        var value = ValueCapture.From(nested);

        var depth = 0;
        while (value is TupleValue tuple)
        {
            value = tuple.Items[0];
            depth++;
        }

        Assert.Equal(ValueCapture.MaxNesting, depth);
        Assert.Contains("nested more than", Assert.IsType<UnsupportedValue>(value).Reason, StringComparison.Ordinal);
    }
}
