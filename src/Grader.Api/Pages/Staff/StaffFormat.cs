using System.Globalization;

namespace Grader.Api.Pages.Staff;

/// <summary>How staff pages write times (UTC, sortable) and numbers (invariant), whatever the server's culture.</summary>
internal static class StaffFormat
{
    public static string Time(DateTime time) => time.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Iso(DateTime time) => DateTime.SpecifyKind(time, DateTimeKind.Utc).ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The value of a <c>datetime-local</c> input (read as UTC).</summary>
    public static string Input(DateTime? time) => time?.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture) ?? "";

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Format(string text, params object?[] values) => string.Format(CultureInfo.InvariantCulture, text, values);

    /// <summary>A <c>datetime-local</c> value as UTC, or null when it is not one.</summary>
    public static DateTimeOffset? ParseInput(string? value) =>
        DateTime.TryParseExact(value, ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss"], CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed)
            ? new DateTimeOffset(parsed, TimeSpan.Zero)
            : null;
}
