namespace Grader.Api.Similarity;

/// <summary>One selected k-gram: its hash, the index of its first token, and the characters it covers.</summary>
internal readonly record struct Fingerprint(ulong Hash, int Token, int Start, int End);

/// <summary>
/// Winnowing (Schleimer, Wilkerson, Aiken, "Winnowing: local algorithms for document fingerprinting", SIGMOD 2003):
/// hash every k-gram of tokens, slide a window of w hashes along them and keep the minimal hash of each window (the
/// rightmost one on a tie), each selected position once. Any common run of at least w + k − 1 tokens shares a
/// fingerprint, and nothing shorter than k tokens does.
/// </summary>
internal static class Winnowing
{
    /// <summary>Tokens per k-gram: shorter runs (a call and its arguments) are too common to say anything.</summary>
    public const int K = 8;

    /// <summary>The window: a common run of <see cref="K"/> + <see cref="W"/> − 1 = 11 tokens is always found.</summary>
    public const int W = 4;

    /// <summary>Changes whenever the tokens, the hash, k or w change, so stored fingerprints are computed again.</summary>
    public const int Scheme = 1;

    public static IReadOnlyList<Fingerprint> Fingerprints(IReadOnlyList<CodeToken> tokens)
    {
        var hashes = Hashes(tokens);
        return [.. Select(hashes).Select(i => new Fingerprint(hashes[i], i, tokens[i].Start, tokens[i + K - 1].End))];
    }

    /// <summary>
    /// The positions winnowing selects: in each window of <see cref="W"/> hashes the minimum, the rightmost one on a
    /// tie, each position once (a sequence shorter than a window keeps its minimum).
    /// </summary>
    public static IReadOnlyList<int> Select(IReadOnlyList<ulong> hashes)
    {
        var selected = new List<int>();
        var windows = hashes.Count == 0 ? 0 : Math.Max(1, hashes.Count - W + 1);
        for (var start = 0; start < windows; start++)
        {
            var end = Math.Min(start + W, hashes.Count);
            var minimum = start;
            for (var i = start + 1; i < end; i++)
            {
                if (hashes[i] <= hashes[minimum])
                {
                    minimum = i;
                }
            }

            if (selected.Count == 0 || selected[^1] != minimum)
            {
                selected.Add(minimum);
            }
        }

        return selected;
    }

    /// <summary>The hash of every k-gram (for the shared base, which is subtracted whole, not only its winnowed part).</summary>
    public static ulong[] Hashes(IReadOnlyList<CodeToken> tokens)
    {
        var count = tokens.Count - K + 1;
        if (count <= 0)
        {
            return [];
        }

        var hashes = new ulong[count];
        for (var i = 0; i < count; i++)
        {
            // FNV-1a over the kinds, then a finaliser (splitmix64) so that minima are spread evenly: stable across
            // processes and versions, unlike string.GetHashCode.
            var hash = 14695981039346656037UL;
            for (var j = i; j < i + K; j++)
            {
                hash = (hash ^ (uint)tokens[j].Kind) * 1099511628211UL;
            }

            hashes[i] = Mix(hash);
        }

        return hashes;
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
