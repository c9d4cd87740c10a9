using System.ComponentModel.DataAnnotations;
using System.Text;
using Grader.Api.Data;
using Grader.Api.Http;
using Grader.Exercises;

namespace Grader.Api.Users;

/// <summary>
/// A class roster as CSV (RFC 4180: quoted fields, doubled quotes): a header row naming <c>userName</c> and
/// <c>displayName</c>, optionally <c>role</c>, then one person per row. Every problem is reported with its line.
/// </summary>
internal static class RosterCsv
{
    public static (List<RosterRow> Rows, List<RosterLineError> Errors) Parse(string text)
    {
        var rows = new List<RosterRow>();
        var errors = new List<RosterLineError>();
        var records = Records(text).Where(r => r.Fields.Any(f => f.Length > 0)).ToList();
        if (records.Count == 0)
        {
            errors.Add(new RosterLineError(1, UserProblems.EmptyRoster));
            return (rows, errors);
        }

        var header = records[0].Fields.Select(f => f.Trim()).ToList();
        int Column(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        var (userName, displayName, role) = (Column("userName"), Column("displayName"), Column("role"));
        if (userName < 0 || displayName < 0)
        {
            errors.Add(new RosterLineError(records[0].Line, ProblemText.Fill(UserProblems.BadHeader, string.Join(",", header))));
            return (rows, errors);
        }

        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, fields) in records.Skip(1))
        {
            string Field(int index) => index >= 0 && index < fields.Count ? fields[index].Trim() : "";
            var request = new CreateUserRequest(Field(userName), Field(displayName));
            var roleText = Field(role);
            if (roleText.Length > 0)
            {
                if (!Enum.TryParse<Role>(roleText, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                {
                    errors.Add(new RosterLineError(line, ProblemText.Fill(UserProblems.UnknownRosterRole, roleText)));
                    continue;
                }

                request = request with { Role = parsed };
            }

            var results = new List<ValidationResult>();
            if (!Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
            {
                errors.Add(new RosterLineError(line, ValidationTexts.Join(results.Select(r => r.ErrorMessage))));
            }
            else if (!seen.Add(request.UserName))
            {
                errors.Add(new RosterLineError(line, ProblemText.Fill(UserProblems.Twice, request.UserName)));
            }
            else
            {
                rows.Add(new RosterRow(line, request));
            }
        }

        return (rows, errors);
    }

    private static IEnumerable<(int Line, List<string> Fields)> Records(string text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    line += c == '\n' ? 1 : 0;
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                fields.Add(field.ToString());
                field.Clear();
                yield return (recordLine, fields);
                fields = [];
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return (recordLine, fields);
        }
    }
}

internal sealed record RosterRow(int Line, CreateUserRequest User);

/// <summary>A bad line as the API reports it, in the request's language.</summary>
public sealed record RosterError(int Line, string Error);

/// <summary>A bad line, with its reason in both languages.</summary>
internal sealed record RosterLineError(int Line, LocalizedText Error);

/// <summary>The problem's <c>errors</c> field: the bad lines, each in the language the response is written in.</summary>
internal sealed record RosterErrors(IReadOnlyList<RosterLineError> Lines) : ITwoLanguageValue
{
    public object In(string language) => Lines.Select(l => new RosterError(l.Line, l.Error.In(language))).ToList();
}

/// <param name="Created">People added, with a token each when issueTokens was set.</param>
/// <param name="Skipped">People already known (the roster can be imported again after changes).</param>
public sealed record RosterImportResult(IReadOnlyList<ImportedUser> Created, IReadOnlyList<string> Skipped);

/// <param name="Token">A new bearer token (only when issueTokens was set; shown only now).</param>
public sealed record ImportedUser(int Id, string UserName, string DisplayName, Role Role, string? Token);
