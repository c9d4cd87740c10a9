using Grader.Exercises.Catalog;
using Grader.Exercises.Checking;
using Grader.Exercises.Values;

namespace Grader.Exercises.Tests;

public class ValueComparerTests
{
    private static readonly Tolerance Tolerance = Tolerance.Default;

    private static TensorValue Tensor(string dtype, long[] shape, params double[] data) => new(shape, dtype, data);

    [Fact]
    public void Equal_tensors_within_tolerance_match()
    {
        var expected = Tensor("float32", [2], 1.0, 2.0);
        var actual = Tensor("float32", [2], 1.000001, 2.0);

        Assert.Null(ValueComparer.Compare(expected, actual, Tolerance, visible: true));
    }

    [Fact]
    public void A_float32_result_near_zero_is_compared_with_the_precision_float32_has()
    {
        // The same reference solution (x.dot(y)) on the same 8 inputs gave both, in one process: BLAS sums in an
        // order that depends on where the data lies. Float64 results keep the exercise's tighter tolerance.
        var (once, again) = (0.012801170349121094, 0.0128021240234375);

        Assert.Null(ValueComparer.Compare(Tensor("float32", [], once), Tensor("float32", [], again), Tolerance, visible: false));
        Assert.Null(ValueComparer.Compare(new NumberValue(once, "float"), new NumberValue(again, "float"), Tolerance, visible: false));
        Assert.NotNull(ValueComparer.Compare(Tensor("float64", [], once), Tensor("float64", [], again), Tolerance, visible: false));
        Assert.NotNull(ValueComparer.Compare(new NumberValue(once), new NumberValue(again), Tolerance, visible: false));
        // A wrong float32 answer still is one, near zero or not.
        Assert.NotNull(ValueComparer.Compare(Tensor("float32", [], once), Tensor("float32", [], once + 1e-4), Tolerance, visible: false));
        Assert.NotNull(ValueComparer.Compare(Tensor("float32", [2], 250, 1), Tensor("float32", [2], 250.01, 1), Tolerance, visible: false));
    }

    [Fact]
    public void A_tolerance_an_exercise_sets_looser_than_the_dtype_floor_stays()
    {
        var loose = new Tolerance(Rtol: 1e-2, Atol: 1e-3);

        Assert.Same(loose, loose.For("float32"));
        Assert.Equal(new Tolerance(1.3e-6, 1e-5), new Tolerance(1e-7, 1e-9).For("float32"));
        Assert.Same(Tolerance, Tolerance.For("float64"));
        Assert.Same(Tolerance, Tolerance.For("int64"));
    }

    [Fact]
    public void A_wrong_value_is_named_by_its_index()
    {
        var expected = Tensor("int64", [3, 2], 0, 1, 2, 4, 6, 9);
        var actual = Tensor("int64", [3, 2], 0, 1, 2, 3, 6, 9);

        var mismatch = ValueComparer.Compare(expected, actual, Tolerance, visible: true)!;

        Assert.Equal("The value at [1, 1] is 3, expected 4 (1 of 6 values differ).", mismatch.Message.En);
    }

    [Fact]
    public void On_a_hidden_case_no_value_is_revealed()
    {
        var expected = Tensor("float32", [2, 2], 1.25, 2.5, 3.75, 5.5);
        var actual = Tensor("float32", [2, 2], 1.25, 2.5, 3.75, 9.5);

        var mismatch = ValueComparer.Compare(expected, actual, Tolerance, visible: false)!;

        Assert.DoesNotContain("5.5", mismatch.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("9.5", mismatch.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("5.5", mismatch.Message.ZhTw, StringComparison.Ordinal);
        Assert.DoesNotContain("1 of 4", mismatch.Message.En, StringComparison.Ordinal);
        Assert.Equal("values", mismatch.Misconception);
    }

    [Fact]
    public void A_one_element_tensor_is_not_a_scalar()
    {
        var mismatch = ValueComparer.Compare(Tensor("int64", [], 15), Tensor("int64", [1], 15), Tolerance, visible: true)!;

        Assert.Equal("one-element-not-scalar", mismatch.Misconception);
        Assert.Contains("shape (1,)", mismatch.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_dtype_is_named()
    {
        var mismatch = ValueComparer.Compare(Tensor("float32", [2], 1, 2), Tensor("int64", [2], 1, 2), Tolerance, visible: true)!;

        Assert.Equal("Expected dtype float32, got int64.", mismatch.Message.En);
    }

    [Fact]
    public void Integer_division_is_recognised_from_truncated_values()
    {
        var mismatch = ValueComparer.Compare(Tensor("float32", [2], 2.5, 4.5), Tensor("int64", [2], 2, 4), Tolerance, visible: true)!;

        Assert.Equal("integer-division", mismatch.Misconception);
    }

    [Fact]
    public void A_transposed_result_is_recognised_even_when_the_shape_is_square()
    {
        var expected = Tensor("int64", [2, 2], 1, 2, 3, 4);

        var square = ValueComparer.Compare(expected, Tensor("int64", [2, 2], 1, 3, 2, 4), Tolerance, visible: true)!;
        var wide = ValueComparer.Compare(Tensor("int64", [3, 2], 0, 1, 2, 3, 4, 5), Tensor("int64", [2, 3], 0, 2, 4, 1, 3, 5), Tolerance, visible: true)!;

        Assert.Equal("transposed", square.Misconception);
        Assert.Equal("transposed", wide.Misconception);
        Assert.Contains("expected shape (3, 2), got (2, 3)", wide.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_keepdim_is_recognised()
    {
        var mismatch = ValueComparer.Compare(Tensor("int64", [1, 2], 6, 9), Tensor("int64", [2], 6, 9), Tolerance, visible: true)!;

        Assert.Equal("keepdim-missing", mismatch.Misconception);
    }

    [Fact]
    public void A_byte_result_explains_the_csharp_sum_overload()
    {
        var mismatch = ValueComparer.Compare(Tensor("int64", [2], 6, 9), Tensor("uint8", [], 15), Tolerance, visible: true)!;

        Assert.Equal("sum-dtype-overload", mismatch.Misconception);
        Assert.Contains("A.sum(dim: 0)", mismatch.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void A_uint8_result_of_the_right_shape_is_a_plain_dtype_mismatch()
    {
        var mismatch = ValueComparer.Compare(Tensor("int64", [3], 1, 0, 1), Tensor("uint8", [3], 1, 0, 1), Tolerance, visible: true)!;

        Assert.Equal("dtype", mismatch.Misconception);
    }

    [Fact]
    public void On_a_hidden_case_the_shape_of_a_wrong_result_is_not_shown()
    {
        var mismatch = ValueComparer.Compare(Tensor("int64", [2, 3], 1, 2, 3, 4, 5, 6), Tensor("int64", [36, 126], new double[36 * 126]), Tolerance, visible: false)!;

        Assert.DoesNotContain("36", mismatch.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("126", mismatch.Message.ZhTw, StringComparison.Ordinal);
    }

    [Fact]
    public void A_tensor_whose_data_does_not_fit_its_shape_is_refused_not_read()
    {
        var mismatch = ValueComparer.Compare(Tensor("int64", [2, 2], 1, 2, 3, 4), Tensor("int64", [2, 2], 1), Tolerance, visible: true)!;

        Assert.Equal("malformed", mismatch.Misconception);
    }

    [Fact]
    public void Tuples_are_compared_item_by_item_with_their_names()
    {
        var expected = new TupleValue([Tensor("int64", [1, 2], 6, 9), Tensor("int64", [2], 0, 1)]);
        var actual = new TupleValue([Tensor("int64", [1, 2], 6, 9), Tensor("int64", [2], 0, 2)]);

        var mismatch = ValueComparer.Compare(expected, actual, Tolerance, visible: true, ["sum", "cumsum"])!;

        Assert.StartsWith("cumsum: The value at [1] is 2, expected 1", mismatch.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Doubles_are_compared_with_tolerance_and_nan_is_never_close_to_a_number()
    {
        var loose = new Tolerance(1e-4, 1e-4);

        Assert.Null(ValueComparer.Compare(new NumberValue(2.0), new NumberValue(2.00005), loose, visible: true));
        Assert.NotNull(ValueComparer.Compare(new NumberValue(2.0), new NumberValue(2.01), loose, visible: true));
        Assert.NotNull(ValueComparer.Compare(new NumberValue(2.0), new NumberValue(double.NaN), loose, visible: true));
        Assert.Null(ValueComparer.Compare(new NumberValue(double.NaN), new NumberValue(double.NaN), loose, visible: true));
    }

    [Fact]
    public void A_null_result_says_what_was_expected()
    {
        var mismatch = ValueComparer.Compare(Tensor("float32", [2], 1, 2), new NullValue(), Tolerance, visible: true)!;

        Assert.Contains("returned null", mismatch.Message.En, StringComparison.Ordinal);
    }
}
