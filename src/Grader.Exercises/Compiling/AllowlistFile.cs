namespace Grader.Exercises.Compiling;

/// <summary>
/// Reads the allowlist's data files (Compiling/Allowlist/*.txt, embedded in this assembly): one qualified name a line,
/// or <c>signature-only</c> and a type name, with <c>#</c> comments. A malformed line stops the load with its file and
/// line, so a typo cannot quietly allow nothing, or too much.
/// </summary>
public static class AllowlistFile
{
    public const string SignatureOnly = "signature-only";

    private const string ResourcePrefix = "Grader.Exercises.Allowlist.";

    /// <summary>The entries of one file's text; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="FormatException">A line is not a qualified name, or names one twice.</exception>
    public static AllowlistEntries Parse(string source, string text)
    {
        var allowed = new List<string>();
        var signatureOnly = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var hash = lines[i].IndexOf('#', StringComparison.Ordinal);
            var line = (hash >= 0 ? lines[i][..hash] : lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var words = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var (name, list) = words switch
            {
                [var one] => (one, allowed),
                [SignatureOnly, var type] => (type, signatureOnly),
                _ => throw Error(source, i, $"'{line}' is not an entry: write one qualified name, or '{SignatureOnly} <type>'."),
            };
            if (!IsQualifiedName(name))
            {
                throw Error(source, i, $"'{name}' is not a qualified name (Namespace.Type.Member, letters, digits and '_' between dots).");
            }

            if (!seen.Add(name))
            {
                throw Error(source, i, $"'{name}' is listed twice.");
            }

            list.Add(name);
        }

        return new AllowlistEntries(allowed, signatureOnly);
    }

    /// <summary>Every data file embedded in this assembly, in name order, as one list.</summary>
    public static AllowlistEntries LoadEmbedded()
    {
        var assembly = typeof(AllowlistFile).Assembly;
        var allowed = new List<string>();
        var signatureOnly = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            var file = resource[ResourcePrefix.Length..];
            var entries = Parse(file, reader.ReadToEnd());
            foreach (var name in entries.Allowed.Concat(entries.SignatureOnly))
            {
                if (!seen.TryAdd(name, file))
                {
                    throw new FormatException($"{file}: '{name}' is listed in {seen[name]} too.");
                }
            }

            allowed.AddRange(entries.Allowed);
            signatureOnly.AddRange(entries.SignatureOnly);
        }

        if (allowed.Count == 0)
        {
            // Without its data the policy would refuse every tensor operation: fail loudly at start instead.
            throw new InvalidOperationException($"No allowlist resources ({ResourcePrefix}*) are embedded in {assembly.GetName().Name}.");
        }

        return new AllowlistEntries(allowed, signatureOnly);
    }

    private static bool IsQualifiedName(string name) =>
        name.Split('.').All(part => part.Length > 0 && !char.IsDigit(part[0]) && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'));

    private static FormatException Error(string source, int index, string message) =>
        new($"{source}({index + 1}): {message}");
}

/// <summary>What the allowlist's data files allow: names to use, and types that may only appear in signatures.</summary>
public sealed record AllowlistEntries(IReadOnlyList<string> Allowed, IReadOnlyList<string> SignatureOnly);
