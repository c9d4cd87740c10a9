using System.Runtime.CompilerServices;

namespace Grader.Exercises.Compiling;

/// <summary>
/// A list of qualified names (namespaces, types, members) indexed for the two questions the policy asks: the longest
/// entry that is a name or encloses it, and whether any entry lies inside a name. An entry encloses a name when the
/// name starts with it and a dot (System.IO encloses System.IO.File, not System.IOx); this is the one place that rule
/// is written, for the forbidden rules and the allowlist alike. Lookups walk the name's dots, so a longer list does
/// not make a decision slower.
/// </summary>
internal sealed class NameIndex
{
    /// <summary>One index per list instance; a list made with `with` gets its own.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<string>, NameIndex> Indexes = new();

    private readonly HashSet<string> entries;
    private readonly HashSet<string> enclosing;

    private NameIndex(IReadOnlyList<string> names)
    {
        entries = new HashSet<string>(names, StringComparer.Ordinal);
        enclosing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            for (var dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
            {
                enclosing.Add(name[..dot]);
            }
        }
    }

    public static NameIndex For(IReadOnlyList<string> names) => Indexes.GetValue(names, list => new NameIndex(list));

    public bool Contains(string name) => entries.Contains(name);

    /// <summary>The length of the longest entry that is the name or encloses it; -1 when none does.</summary>
    public int Longest(string name)
    {
        if (entries.Contains(name))
        {
            return name.Length;
        }

        for (var dot = name.LastIndexOf('.'); dot > 0; dot = name.LastIndexOf('.', dot - 1))
        {
            if (entries.Contains(name[..dot]))
            {
                return dot;
            }
        }

        return -1;
    }

    /// <summary>Whether some entry lies inside the name (System.Console.WriteLine inside System.Console).</summary>
    public bool HasEntriesInside(string name) => enclosing.Contains(name);
}
