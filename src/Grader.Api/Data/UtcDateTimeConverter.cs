using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Grader.Api.Data;

/// <summary>Every time is stored in UTC; SQLite forgets that on reading, so say it again (clients see the trailing Z).</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    value => value.Kind == DateTimeKind.Utc ? value : value.ToUniversalTime(),
    value => DateTime.SpecifyKind(value, DateTimeKind.Utc));
