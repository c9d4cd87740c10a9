using Grader.Exercises.Catalog;
using Grader.Exercises.Checking;

namespace Grader.Exercises.Tests;

public class OutputComparerTests
{
    private static readonly Tolerance Tolerance = new(1e-4, 2e-5);

    [Fact]
    public void Numbers_on_a_line_are_compared_with_tolerance_and_trailing_space_is_ignored()
    {
        Assert.Null(OutputComparer.Compare("h=0.10000, numerical limit=2.30000\n", "h=0.1, numerical limit=2.300001  \n\n", Tolerance, visible: true));
    }

    [Fact]
    public void Different_words_are_a_mismatch_named_by_line()
    {
        var mismatch = OutputComparer.Compare("a=1\nb=2\n", "a=1\nc=2\n", Tolerance, visible: true)!;

        Assert.Equal("Line 2 of the output is \"c=2\", expected \"b=2\".", mismatch.Message.En);
    }

    [Fact]
    public void A_hidden_case_does_not_quote_the_expected_line()
    {
        var mismatch = OutputComparer.Compare("secret=42\n", "secret=41\n", Tolerance, visible: false)!;

        Assert.DoesNotContain("42", mismatch.Message.En, StringComparison.Ordinal);
        Assert.DoesNotContain("42", mismatch.Message.ZhTw, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_lines_are_counted()
    {
        var mismatch = OutputComparer.Compare("1\n2\n3\n", "1\n2\n", Tolerance, visible: true)!;

        Assert.Equal("The output has 2 lines, expected 3.", mismatch.Message.En);
    }
}
