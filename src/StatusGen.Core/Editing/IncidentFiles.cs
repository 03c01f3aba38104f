using System.Collections.Immutable;
using System.Text;
using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;
using StatusGen.Validation;

namespace StatusGen.Editing;

/// <summary>What an edit did: the changes, or the errors that stopped it (then the file was not touched).</summary>
public sealed record EditOutcome(IReadOnlyList<string> Changes, ImmutableArray<Diagnostic> Errors)
{
    public bool Written => Errors.IsEmpty;
}

/// <summary>The incident a command line names could not be picked; the message says why and what was meant.</summary>
public sealed class IncidentReferenceException(string message) : Exception(message);

/// <summary>Finds the incident a command names and edits its file safely: validated before, written atomically.</summary>
public static class IncidentFiles
{
    /// <summary>
    /// <paramref name="reference"/> is a slug ("2026-11-10-api-errors"), a unique prefix of one ("2026-11-10-api"),
    /// a unique prefix of the part after the date ("api-err"), or the file's path.
    /// </summary>
    /// <exception cref="IncidentReferenceException">None or several match.</exception>
    public static Incident Find(SiteContent content, string reference, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (reference.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || reference.Contains('/', StringComparison.Ordinal) || reference.Contains(Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            var full = Path.GetFullPath(reference, workingDirectory);
            return content.Incidents.FirstOrDefault(i => string.Equals(Path.GetFullPath(i.Source.FullPath), full, StringComparison.Ordinal))
                ?? throw new IncidentReferenceException(File.Exists(full)
                    ? $"'{reference}' is not an incident of {content.ContentRoot}, or it has errors (run 'statusgen check')"
                    : $"'{reference}' does not exist");
        }

        var exact = content.Incidents.FirstOrDefault(i => i.Slug == reference);
        if (exact is not null)
        {
            return exact;
        }

        var matches = content.Incidents.Where(i => i.Slug.StartsWith(reference, StringComparison.Ordinal)).ToList();
        if (matches.Count == 0)
        {
            matches = [.. content.Incidents.Where(i => AfterDate(i.Slug).StartsWith(reference, StringComparison.Ordinal))];
        }

        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new IncidentReferenceException(
                $"no incident '{reference}'" + (content.Incidents.Count == 0 ? " (there are none)" : $" ({DidYouMean.Fix(reference, Candidates(content, reference), listAtMost: 8)})")),
            _ => throw new IncidentReferenceException($"'{reference}' matches {matches.Count} incidents: {string.Join(", ", matches.Select(i => i.Slug))}; give more of the name"),
        };
    }

    /// <summary>Names to suggest in the form the reference was typed: with the date, or (more often) without it.</summary>
    private static IEnumerable<string> Candidates(SiteContent content, string reference) =>
        reference.Length >= 10 && char.IsAsciiDigit(reference[0]) && reference[4] == '-'
            ? content.Incidents.Select(i => i.Slug)
            : content.Incidents.Select(i => AfterDate(i.Slug)).Distinct(StringComparer.Ordinal);

    /// <summary>
    /// Applies <paramref name="edit"/> to the incident's file, loads and validates the new text as <c>check</c> would,
    /// confirms that the loader sees every earlier update and the new one as written (<see cref="EditPromise"/>), and
    /// only then replaces the file atomically (temporary file, then rename).
    /// </summary>
    /// <exception cref="EditRefusedException">The file is shaped so that it cannot be edited safely, or the edit would not show what it reports; nothing was written.</exception>
    public static EditOutcome Edit(SiteContent content, Incident incident, IncidentEdit edit, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(incident);
        var path = incident.Source.FullPath;
        var before = Encoding.UTF8.GetString(File.ReadAllBytes(path)); // keeps a BOM as U+FEFF, so it is written back
        var result = IncidentFileEditor.Apply(before, edit, content.Site.TimeZone);
        var (edited, errors) = Validate(content, incident, result.Text, now);
        if (!errors.IsEmpty)
        {
            return new EditOutcome(result.Changes, errors);
        }

        if ((edited is null ? "the edited file would not load" : EditPromise.Broken(incident, edited, edit, TextLines.Parse(before))) is { } broken)
        {
            throw new EditRefusedException(broken);
        }

        WriteAtomically(path, result.Text);
        return new EditOutcome(result.Changes, []);
    }

    /// <returns>The edited incident as the loader reads it (null only when there are errors), and the errors.</returns>
    private static (Incident? Edited, ImmutableArray<Diagnostic> Errors) Validate(SiteContent content, Incident incident, string text, DateTimeOffset now)
    {
        var diagnostics = new DiagnosticList();
        var bytes = Encoding.UTF8.GetBytes(text);
        var source = ContentFileReader.Decode(incident.Source, bytes, diagnostics);
        var site = new SiteContext(content.Site, content.Site.TimeZone, [.. content.Site.Components.Select(c => c.Id)]);
        var edited = source is null ? null : IncidentLoader.Load(source, incident.Slug, site, diagnostics);
        if (edited is not null)
        {
            var others = content.Incidents.Where(i => i.Slug != incident.Slug);
            var validated = SiteValidator.Validate(content with { Incidents = [edited, .. others] }, now);
            diagnostics.AddRange(validated.Where(d => d.Position.Path == incident.Source.DisplayPath));
        }

        return (edited, [.. diagnostics.ToImmutable().Where(d => d.IsError)]);
    }

    /// <summary>
    /// Readers see the old file or the new one, never half of one; a failure leaves the old file as it was. A symbolic
    /// link is written through: the temporary file goes next to the link's final target and replaces the target, so the
    /// link stays a link. The file's permissions are kept (owner and group become those of the user who edits).
    /// </summary>
    public static void WriteAtomically(string path, string text)
    {
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true)?.FullName ?? path;
        var temporary = Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, Encoding.UTF8.GetBytes(text));
            if (!OperatingSystem.IsWindows() && File.Exists(target))
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(target));
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }
    }

    private static string AfterDate(string slug) =>
        slug.Length > 11 && char.IsAsciiDigit(slug[0]) && slug[10] == '-' ? slug[11..] : slug;
}
