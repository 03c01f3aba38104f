using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Loading;

/// <summary>
/// Writes what one content file produced (its incident or maintenance, or nothing, and its diagnostics) in the content
/// cache's binary form; <see cref="CachedFileReader"/> reads it back. Positions are stored as line and column only: they
/// all lie in the file itself, so they are re-attached to the path the file has in the build that reads them.
/// Markdown is stored as text; its HTML is rendered again on first use, exactly as for a freshly parsed file.
/// </summary>
/// <remarks>A new field in the model must be added here and in the reader, and <see cref="ContentCache.Format"/> raised;
/// the round-trip test (ContentCacheTests.ALoadFromAWarmCacheParsesNothingAndEqualsACleanLoad) compares every public
/// property of a cached load with a clean one and fails until both are done.</remarks>
internal static class CachedFileWriter
{
    public const byte NoItem = 0;
    public const byte IncidentItem = 1;
    public const byte MaintenanceItem = 2;

    /// <returns>The bytes, or null when something refers to another file than this one (never stored).</returns>
    public static byte[]? Write(SourceFile file, object? item, ImmutableArray<Diagnostic> diagnostics)
    {
        using var stream = new MemoryStream();
        using var writer = new BinaryWriter(stream);
        try
        {
            var output = new Output(writer, file.DisplayPath);
            switch (item)
            {
                case Incident incident:
                    writer.Write(IncidentItem);
                    output.Incident(incident);
                    break;
                case Maintenance maintenance:
                    writer.Write(MaintenanceItem);
                    output.Maintenance(maintenance);
                    break;
                case null:
                    writer.Write(NoItem);
                    break;
                default:
                    return null;
            }

            output.Diagnostics(diagnostics);
        }
        catch (ForeignPathException)
        {
            return null;
        }

        writer.Flush();
        return stream.ToArray();
    }

    private sealed class ForeignPathException : Exception;

    private sealed record Output(BinaryWriter Writer, string Path)
    {
        public void Incident(Incident incident)
        {
            Writer.Write(incident.Slug);
            Writer.Write(incident.Title);
            Time(incident.Started);
            OptionalTime(incident.Resolved);
            Writer.Write((int)incident.Impact);
            Writer.Write(incident.ImpactDerived);
            List(incident.Components, c =>
            {
                Writer.Write(c.ComponentId);
                List(c.Changes, change =>
                {
                    Time(change.At);
                    Writer.Write((int)change.Status);
                });
            });
            Writer.Write(incident.Summary.Markdown);
            Aliases(incident.Aliases);
            List(incident.Updates, u =>
            {
                Time(u.At);
                Writer.Write((int)u.Status);
                Writer.Write(u.Body.Markdown);
                Position(u.Position);
            });
            Writer.Write(incident.SourceMap is not null);
            if (incident.SourceMap is { } map)
            {
                Position(map.FrontMatter);
                Position(map.Title);
                Position(map.Started);
                OptionalPosition(map.Resolved);
                OptionalPosition(map.Impact);
                List(map.Components, c =>
                {
                    Writer.Write(c.ComponentId);
                    Position(c.Key);
                    List(c.Changes, Position);
                });
                Position(map.Body);
            }
        }

        public void Maintenance(Maintenance maintenance)
        {
            Writer.Write(maintenance.Slug);
            Writer.Write(maintenance.Title);
            Time(maintenance.Scheduled);
            Time(maintenance.Until);
            List(maintenance.ComponentIds, Writer.Write);
            Writer.Write(maintenance.Summary.Markdown);
            Aliases(maintenance.Aliases);
            List(maintenance.Updates, u =>
            {
                Time(u.At);
                Writer.Write((int)u.Status);
                Writer.Write(u.Body.Markdown);
                Position(u.Position);
            });
            Writer.Write(maintenance.SourceMap is not null);
            if (maintenance.SourceMap is { } map)
            {
                Position(map.FrontMatter);
                Position(map.Title);
                Position(map.Scheduled);
                Position(map.Until);
                List(map.Components, Position);
                Position(map.Body);
            }
        }

        public void Diagnostics(ImmutableArray<Diagnostic> diagnostics)
        {
            List(diagnostics, d =>
            {
                Writer.Write((int)d.Severity);
                Writer.Write(d.Code.Number);
                Writer.Write(d.Code.Title);
                Position(d.Position);
                Writer.Write(d.Message);
                Writer.Write(d.Fix is not null);
                if (d.Fix is not null)
                {
                    Writer.Write(d.Fix);
                }
            });
        }

        private void Aliases(IReadOnlyList<Alias> aliases) => List(aliases, a =>
        {
            Writer.Write(a.Path);
            Position(a.Position);
        });

        private void List<T>(IReadOnlyList<T> items, Action<T> write)
        {
            Writer.Write(items.Count);
            foreach (var item in items)
            {
                write(item);
            }
        }

        private void Time(DateTimeOffset at)
        {
            // The clock time and the offset, not only the instant: pages show the time as the file wrote it.
            Writer.Write(at.Ticks);
            Writer.Write((short)at.TotalOffsetMinutes);
        }

        private void OptionalTime(DateTimeOffset? at)
        {
            Writer.Write(at.HasValue);
            if (at is { } value)
            {
                Time(value);
            }
        }

        private void Position(SourcePosition at)
        {
            if (!string.Equals(at.Path, Path, StringComparison.Ordinal))
            {
                throw new ForeignPathException();
            }

            Writer.Write(at.Line);
            Writer.Write(at.Column);
        }

        private void OptionalPosition(SourcePosition? at)
        {
            Writer.Write(at is not null);
            if (at is not null)
            {
                Position(at);
            }
        }
    }
}
