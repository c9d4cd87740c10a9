using Grader.Exercises.Values;

namespace Grader.Exercises.Tests;

public class ValueFormatterTests
{
    [Fact]
    public void A_small_tensor_is_printed_whole()
    {
        var value = new TensorValue([2, 3], "int64", [0, 1, 2, 3, 4, 5]);

        Assert.Equal("tensor([[0, 1, 2], [3, 4, 5]])", ValueFormatter.Format(value));
    }

    [Fact]
    public void A_million_element_tensor_is_summarised_as_pytorch_prints_it()
    {
        var value = new TensorValue([1000, 1000], "int64", [.. Enumerable.Range(0, 1_000_000).Select(i => (double)i)]);

        var text = ValueFormatter.Format(value);

        Assert.Equal(
            "tensor([[0, 1, 2, ..., 997, 998, 999], [1000, 1001, 1002, ..., 1997, 1998, 1999], [2000, 2001, 2002, ..., 2997, 2998, 2999], ..., "
            + "[997000, 997001, 997002, ..., 997997, 997998, 997999], [998000, 998001, 998002, ..., 998997, 998998, 998999], "
            + "[999000, 999001, 999002, ..., 999997, 999998, 999999]])",
            text);
    }

    [Fact]
    public void A_tensor_at_the_threshold_is_not_summarised()
    {
        var value = new TensorValue([ValueFormatter.SummaryThreshold], "int64", new double[ValueFormatter.SummaryThreshold]);

        Assert.DoesNotContain("...", ValueFormatter.Format(value), StringComparison.Ordinal);
    }

    [Fact]
    public void Tensors_with_a_zero_length_dimension_print_their_size()
    {
        Assert.Equal("tensor([])", ValueFormatter.Format(new TensorValue([0], "int64", [])));
        Assert.Equal("tensor([], size=(0, 3))", ValueFormatter.Format(new TensorValue([0, 3], "int64", [])));
        Assert.Equal("tensor([[], []], size=(2, 0), dtype=torch.float64)", ValueFormatter.Format(new TensorValue([2, 0], "float64", [])));
    }

    [Fact]
    public void Long_arrays_and_strings_are_summarised()
    {
        var array = new ListValue([.. Enumerable.Range(0, 10_000).Select(i => (Value)new NumberValue(i, "int"))]);
        var text = new TextValue(new string('x', 100_000));

        Assert.Equal("[0, 1, 2, ..., 9997, 9998, 9999]", ValueFormatter.Format(array));
        Assert.Equal(ValueFormatter.MaxTextChars + 3, ValueFormatter.Format(text).Length);
    }
}
