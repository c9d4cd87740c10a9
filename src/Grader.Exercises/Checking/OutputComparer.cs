using System.Globalization;
using System.Text.RegularExpressions;
using Grader.Exercises.Catalog;
using static Grader.Exercises.Checking.Texts;

namespace Grader.Exercises.Checking;

/// <summary>
/// Standard output, line by line: the words must match (ignoring spaces at either end of a line and blank lines at
/// the end), the numbers within tolerance, so 2.3000 and 2.30000 are the same answer.
/// </summary>
public static partial class OutputComparer
{
    public static Mismatch? Compare(string expected, string actual, Tolerance tolerance, bool visible)
    {
        var want = Lines(expected);
        var got = Lines(actual);
        for (var i = 0; i < Math.Min(want.Length, got.Length); i++)
        {
            if (!LineMatches(want[i], got[i], tolerance))
            {
                return visible
                    ? new Mismatch(T(
                        $"Line {i + 1} of the output is \"{got[i]}\", expected \"{want[i]}\".",
                        $"輸出的第 {i + 1} 行是「{got[i]}」，預期是「{want[i]}」。"), "output")
                    : new Mismatch(T("The output differs from the expected one.", "輸出與預期不同。"), "output");
            }
        }

        return want.Length == got.Length ? null
            : visible ? new Mismatch(T($"The output has {got.Length} lines, expected {want.Length}.", $"輸出有 {got.Length} 行，預期是 {want.Length} 行。"), "output")
            : new Mismatch(T("The output has the wrong number of lines.", "輸出的行數不對。"), "output");
    }

    private static string[] Lines(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        return [.. lines];
    }

    private static bool LineMatches(string expected, string actual, Tolerance tolerance)
    {
        var wantNumbers = Number().Matches(expected);
        var gotNumbers = Number().Matches(actual);
        if (wantNumbers.Count != gotNumbers.Count || Number().Replace(expected, "#") != Number().Replace(actual, "#"))
        {
            return false;
        }

        return wantNumbers.Zip(gotNumbers).All(pair => tolerance.Close(Parse(pair.First.Value), Parse(pair.Second.Value)));
    }

    private static double Parse(string number) => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")]
    private static partial Regex Number();
}
