namespace StatusGen.Diagnostics;

/// <summary>Finds the known name a mistyped one was probably meant to be (Levenshtein distance, case-insensitive).</summary>
public static class DidYouMean
{
    /// <summary>The closest candidate within a third of the input's length (at least 1, at most 3 edits), or null.</summary>
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

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
