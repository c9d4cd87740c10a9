namespace Grader.Api.Similarity;

/// <summary>A submission's fingerprints, ready to compare.</summary>
internal sealed record FingerprintedSubmission(long SubmissionId, IReadOnlyList<Fingerprint> Fingerprints);

/// <summary>A pair found similar, by index into the compared list, with the pairs of fingerprints they share.</summary>
internal sealed record SimilarMatch(int First, int Second, int Shared, double Score, IReadOnlyList<(Fingerprint First, Fingerprint Second)> Matches);

/// <summary>
/// Finds the pairs of submissions that share fingerprints, through an index from hash to the submissions holding it
/// (pairs sharing nothing are never looked at). Fingerprints of the shared base (starter and reference) are removed
/// first, and a hash held by very many submissions says nothing about any two of them (it is an idiom of the
/// exercise), so it is left out as well, as MOSS does.
/// </summary>
internal static class SimilarityIndex
{
    /// <summary>The lowest score a run keeps; GET may ask for any threshold from it up.</summary>
    public const double Floor = 0.25;

    /// <summary>A submission with fewer fingerprints of its own than this is too short to call anything copied.</summary>
    public const int MinimumOwn = 3;

    /// <summary>The most pairs a run keeps (the highest scores).</summary>
    public const int MaxPairs = 1000;

    public static IReadOnlyList<SimilarMatch> Compare(IReadOnlyList<FingerprintedSubmission> submissions, IReadOnlySet<ulong> shared)
    {
        // Each submission's own fingerprints, first occurrence per hash.
        var own = submissions
            .Select(s => s.Fingerprints.Where(f => !shared.Contains(f.Hash)).DistinctBy(f => f.Hash).ToDictionary(f => f.Hash))
            .ToList();
        var index = new Dictionary<ulong, List<int>>();
        for (var i = 0; i < own.Count; i++)
        {
            foreach (var hash in own[i].Keys)
            {
                if (!index.TryGetValue(hash, out var holders))
                {
                    index[hash] = holders = [];
                }

                holders.Add(i);
            }
        }

        // A common hash is dropped from every submission, as the base is, so a score compares only telling code.
        var common = Math.Max(10, submissions.Count / 5);
        foreach (var (hash, holders) in index.Where(h => h.Value.Count > common))
        {
            foreach (var holder in holders)
            {
                own[holder].Remove(hash);
            }
        }

        // A pair's key is first × count + second (a long hashes much faster than a tuple: this loop is the run's core).
        var counts = new Dictionary<long, int>();
        foreach (var holders in index.Values.Where(h => h.Count > 1 && h.Count <= common))
        {
            for (var a = 0; a < holders.Count; a++)
            {
                for (var b = a + 1; b < holders.Count; b++)
                {
                    var key = ((long)holders[a] * own.Count) + holders[b];
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }

        return
        [
            .. counts
                .Select(c => (Key: ((int)(c.Key / own.Count), (int)(c.Key % own.Count)), c.Value))
                .Where(c => Math.Min(own[c.Key.Item1].Count, own[c.Key.Item2].Count) >= MinimumOwn)
                .Select(c => (c.Key, c.Value, Score: (double)c.Value / Math.Min(own[c.Key.Item1].Count, own[c.Key.Item2].Count)))
                .Where(c => c.Score >= Floor)
                .OrderByDescending(c => c.Score).ThenByDescending(c => c.Value).ThenBy(c => c.Key)
                .Take(MaxPairs)
                .Select(c =>
                {
                    var (first, second) = c.Key;
                    var matches = own[first].Values
                        .Where(f => own[second].ContainsKey(f.Hash))
                        .Select(f => (f, own[second][f.Hash]))
                        .OrderBy(m => m.f.Token)
                        .ToList();
                    return new SimilarMatch(first, second, c.Value, Math.Round(c.Score, 4), matches);
                }),
        ];
    }

    /// <summary>
    /// Joins matching fingerprints that follow each other in both submissions (in order, with gaps shorter than a
    /// k-gram and its window) into regions, as character offsets in each.
    /// </summary>
    public static IReadOnlyList<((int Start, int End) First, (int Start, int End) Second)> Regions(IReadOnlyList<(Fingerprint First, Fingerprint Second)> matches)
    {
        var regions = new List<((int Start, int End) First, (int Start, int End) Second)>();
        const int gap = Winnowing.K + Winnowing.W;
        (Fingerprint First, Fingerprint Second)? previous = null;
        foreach (var match in matches.OrderBy(m => m.First.Token))
        {
            var follows = previous is { } p
                && match.First.Token - p.First.Token <= gap
                && match.Second.Token > p.Second.Token && match.Second.Token - p.Second.Token <= gap;
            if (follows)
            {
                var last = regions[^1];
                regions[^1] = (
                    (last.First.Start, Math.Max(last.First.End, match.First.End)),
                    (Math.Min(last.Second.Start, match.Second.Start), Math.Max(last.Second.End, match.Second.End)));
            }
            else
            {
                regions.Add(((match.First.Start, match.First.End), (match.Second.Start, match.Second.End)));
            }

            previous = match;
        }

        return regions;
    }
}
