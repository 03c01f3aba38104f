namespace StatusGen.Diagnostics;

/// <summary>Finds the known name a mistyped one was probably meant to be (Levenshtein distance, case-insensitive).</summary>
public static class DidYouMean
{
    /// <summary>
    /// The closest candidate within a third of the input's length (at least 1, at most 3 edits); else the only candidate
    /// the input begins (such as 'partial' for 'partial_outage'); else null.
    /// </summary>
    public static string? Find(string input, IEnumerable<string> candidates)
    {
        var limit = Math.Clamp(input.Length / 3, 1, 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates.Order(StringComparer.Ordinal))
        {
            var distance = Distance(input.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance <= limit && distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        if (best is null && input.Length >= 3)
        {
            var prefixed = candidates.Where(c => c.StartsWith(input, StringComparison.OrdinalIgnoreCase)).Take(2).ToList();
            best = prefixed.Count == 1 ? prefixed[0] : null;
        }

        return best;
    }

    /// <summary>"did you mean 'x'?" when a candidate is close, else "use one of: a, b, c" (or "none are defined").</summary>
    public static string Fix(string input, IEnumerable<string> candidates, int listAtMost = 12)
    {
        var all = candidates.ToList();
        if (Find(input, all) is { } match)
        {
            return $"did you mean '{match}'?";
        }

        return all.Count == 0 ? "none are defined"
            : all.Count <= listAtMost ? $"use one of: {string.Join(", ", all)}"
            : $"use one of: {string.Join(", ", all.Take(listAtMost))}, ...";
    }

    /// <summary>Edits (insert, delete, replace, swap two neighbours) that turn one string into the other.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
