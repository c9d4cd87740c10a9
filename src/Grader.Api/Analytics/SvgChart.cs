using System.Globalization;
using System.Xml.Linq;

namespace Grader.Api.Analytics;

/// <summary>A series of a chart (one colour): a verdict, or the only one.</summary>
internal sealed record ChartSeries(string Name, string Colour);

/// <summary>A bar or column: its label and one value per series (stacked).</summary>
internal sealed record ChartBar(string Label, IReadOnlyList<int> Values)
{
    public int Total => Values.Sum();
}

/// <summary>
/// A chart to draw: columns (a distribution, over time: stacked by series) or horizontal bars (a ranked list with long
/// labels). Every text is the caller's, already in the reader's language.
/// </summary>
internal sealed record Chart(
    string Id,
    string Language,
    string Title,
    string Description,
    string CategoryAxis,
    string ValueAxis,
    IReadOnlyList<ChartSeries> Series,
    IReadOnlyList<ChartBar> Bars,
    bool Horizontal,
    string EmptyText);

/// <summary>
/// Draws a chart as a standalone SVG document: a title and a description for screen readers (the page also shows the
/// numbers as a table), axes with their names, gridlines, a legend when there are several series, and a tooltip per
/// bar. Built with LINQ to XML, so every text is escaped: nothing in a label can become markup.
/// </summary>
internal static class SvgChart
{
    private const int Width = 760;
    private const int FontSize = 13;
    private const string Fonts = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans TC', 'Noto Sans CJK TC', 'Microsoft JhengHei', 'PingFang TC', sans-serif";
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(Chart chart)
    {
        var height = chart.Horizontal ? 110 + (Math.Max(1, chart.Bars.Count) * 30) : 420;
        var root = new XElement(
            Svg + "svg",
            new XAttribute("width", Width),
            new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {Width} {height}"),
            new XAttribute("role", "img"),
            new XAttribute("lang", chart.Language),
            new XAttribute(XNamespace.Xml + "lang", chart.Language),
            new XAttribute("aria-labelledby", $"{chart.Id}-title {chart.Id}-desc"),
            new XAttribute("font-family", Fonts),
            new XAttribute("font-size", FontSize),
            new XElement(Svg + "title", new XAttribute("id", $"{chart.Id}-title"), chart.Title),
            new XElement(Svg + "desc", new XAttribute("id", $"{chart.Id}-desc"), chart.Description),
            new XElement(Svg + "rect", new XAttribute("width", "100%"), new XAttribute("height", "100%"), new XAttribute("fill", "#ffffff")),
            Text(Width / 2, 26, chart.Title, "middle", 17, "bold"));

        if (chart.Bars.All(b => b.Total == 0))
        {
            root.Add(Text(Width / 2, height / 2, chart.EmptyText, "middle", FontSize + 2));
        }
        else if (chart.Horizontal)
        {
            DrawBars(root, chart, height);
        }
        else
        {
            DrawColumns(root, chart, height);
        }

        return new XDocument(new XDeclaration("1.0", "utf-8", null), root).Declaration + "\n" + root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>Vertical columns over categories (stacked by series), the value axis on the left.</summary>
    private static void DrawColumns(XElement root, Chart chart, int height)
    {
        const int left = 70, right = 20, top = 70, bottom = 110;
        var plotWidth = Width - left - right;
        var plotHeight = height - top - bottom;
        var max = NiceMax(chart.Bars.Max(b => b.Total));
        if (chart.Series.Any(s => s.Name.Length > 0))
        {
            Legend(root, chart.Series, 44);
        }

        Grid(root, left, top, plotWidth, plotHeight, max, vertical: true);
        var band = (double)plotWidth / chart.Bars.Count;
        var rotate = chart.Bars.Count > 12 || chart.Bars.Max(b => b.Label.Length) * 7.5 > band;
        var step = Math.Max(1, (int)Math.Ceiling(chart.Bars.Count / 40.0));
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var x = left + (i * band) + (band * 0.15);
            var y = (double)top + plotHeight;
            for (var s = 0; s < chart.Series.Count; s++)
            {
                var h = plotHeight * bar.Values[s] / (double)max;
                if (bar.Values[s] > 0)
                {
                    y -= h;
                    root.Add(Rect(x, y, band * 0.7, h, chart.Series[s].Colour, Tooltip(chart, bar, s)));
                }
            }

            if (i % step == 0)
            {
                var labelX = left + (i * band) + (band / 2);
                var label = Text(labelX, top + plotHeight + 18, bar.Label, rotate ? "end" : "middle", FontSize - 1);
                if (rotate)
                {
                    label.Add(new XAttribute("transform", $"rotate(-45 {N(labelX)} {top + plotHeight + 18})"));
                }

                root.Add(label);
            }
        }

        root.Add(Text(left + (plotWidth / 2), height - 12, chart.CategoryAxis, "middle", FontSize, "bold"));
        var axis = Text(18, top + (plotHeight / 2), chart.ValueAxis, "middle", FontSize, "bold");
        axis.Add(new XAttribute("transform", $"rotate(-90 18 {top + (plotHeight / 2)})"));
        root.Add(axis);
    }

    /// <summary>Horizontal bars, one per row, the label on the left (shortened; the full text is in the tooltip).</summary>
    private static void DrawBars(XElement root, Chart chart, int height)
    {
        const int left = 290, right = 60, top = 50, rowHeight = 30;
        var plotWidth = Width - left - right;
        var plotHeight = chart.Bars.Count * rowHeight;
        var max = NiceMax(chart.Bars.Max(b => b.Total));
        Grid(root, left, top, plotWidth, plotHeight, max, vertical: false);
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = top + (i * rowHeight);
            var w = plotWidth * bar.Total / (double)max;
            root.Add(Rect(left, y + 5, w, rowHeight - 10, chart.Series[0].Colour, Tooltip(chart, bar, 0)));
            root.Add(Text(left - 8, y + (rowHeight / 2) + 4, Shortened(bar.Label, 38), "end", FontSize));
            root.Add(Text(left + w + 6, y + (rowHeight / 2) + 4, bar.Total.ToString(CultureInfo.InvariantCulture), "start", FontSize));
        }

        root.Add(Text(left + (plotWidth / 2), height - 14, chart.ValueAxis, "middle", FontSize, "bold"));
        root.Add(Text(12, top - 10, chart.CategoryAxis, "start", FontSize, "bold"));
    }

    private static void Grid(XElement root, int left, int top, int width, int height, int max, bool vertical)
    {
        var tick = max / 5;
        for (var value = 0; value <= max; value += tick)
        {
            var at = (double)value / max;
            var text = value.ToString(CultureInfo.InvariantCulture);
            if (vertical)
            {
                var y = top + height - (height * at);
                root.Add(Line(left, y, left + width, y, value == 0 ? "#333333" : "#dddddd"));
                root.Add(Text(left - 6, y + 4, text, "end", FontSize - 1));
            }
            else
            {
                var x = left + (width * at);
                root.Add(Line(x, top, x, top + height, value == 0 ? "#333333" : "#dddddd"));
                root.Add(Text(x, top + height + 16, text, "middle", FontSize - 1));
            }
        }
    }

    private static void Legend(XElement root, IReadOnlyList<ChartSeries> series, int y)
    {
        var x = 70.0;
        foreach (var item in series)
        {
            root.Add(Rect(x, y - 10, 12, 12, item.Colour, null));
            root.Add(Text(x + 16, y, item.Name, "start", FontSize - 1));
            x += 28 + (EstimatedWidth(item.Name) * 1.0);
        }
    }

    /// <summary>A rough width for laying out a legend: CJK characters are about twice as wide as Latin ones.</summary>
    private static double EstimatedWidth(string text) => text.Sum(c => c > 0x2E80 ? 13.0 : 7.0);

    /// <summary>The top of the value axis: 5 ticks of 1, 2, 2.5 or 5 times a power of ten (at least 5, so ticks are whole numbers).</summary>
    private static int NiceMax(int max)
    {
        var raw = Math.Max(1, max) / 5.0;
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * power).First(s => s >= raw);
        return (int)Math.Max(5, Math.Ceiling(step) * 5);
    }

    private static string Tooltip(Chart chart, ChartBar bar, int series) =>
        chart.Series.Count > 1
            ? $"{bar.Label} · {chart.Series[series].Name}: {bar.Values[series].ToString(CultureInfo.InvariantCulture)}"
            : $"{bar.Label}: {bar.Values[series].ToString(CultureInfo.InvariantCulture)}";

    private static string Shortened(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static XElement Text(double x, double y, string text, string anchor, int size, string? weight = null)
    {
        var element = new XElement(Svg + "text", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("text-anchor", anchor), new XAttribute("fill", "#222222"), text);
        if (size != FontSize)
        {
            element.Add(new XAttribute("font-size", size));
        }

        if (weight is not null)
        {
            element.Add(new XAttribute("font-weight", weight));
        }

        return element;
    }

    private static XElement Rect(double x, double y, double width, double height, string fill, string? tooltip)
    {
        var rect = new XElement(Svg + "rect", new XAttribute("x", N(x)), new XAttribute("y", N(y)), new XAttribute("width", N(width)), new XAttribute("height", N(height)), new XAttribute("fill", fill));
        if (tooltip is not null)
        {
            rect.Add(new XElement(Svg + "title", tooltip));
        }

        return rect;
    }

    private static XElement Line(double x1, double y1, double x2, double y2, string stroke) =>
        new(Svg + "line", new XAttribute("x1", N(x1)), new XAttribute("y1", N(y1)), new XAttribute("x2", N(x2)), new XAttribute("y2", N(y2)), new XAttribute("stroke", stroke));

    private static string N(double value) => Math.Round(value, 1).ToString(CultureInfo.InvariantCulture);
}
