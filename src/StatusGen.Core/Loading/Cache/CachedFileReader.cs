using System.Collections.Immutable;
using StatusGen.Diagnostics;
using StatusGen.Markdown;
using StatusGen.Model;

namespace StatusGen.Loading;

/// <summary>Reads back what <see cref="CachedFileWriter"/> wrote, for the file as this build names it.</summary>
internal static class CachedFileReader
{
    /// <returns>The item (null for a file with errors) and its diagnostics; null when the bytes are not a valid entry.</returns>
    public static (object? Item, ImmutableArray<Diagnostic> Diagnostics)? Read(ReadOnlyMemory<byte> bytes, SourceFile file, string slug)
    {
        try
        {
            var segment = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(bytes, out var array) ? array : new ArraySegment<byte>(bytes.ToArray());
            using var stream = new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false);
            using var reader = new BinaryReader(stream);
            var input = new Input(reader, file);
            object? item = reader.ReadByte() switch
            {
                CachedFileWriter.NoItem => null,
                CachedFileWriter.IncidentItem => input.Incident(slug),
                CachedFileWriter.MaintenanceItem => input.Maintenance(slug),
                _ => throw new InvalidDataException("unknown item kind"),
            };
            var diagnostics = input.Diagnostics();
            return stream.Position == stream.Length ? (item, diagnostics) : null;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or ArgumentException or FormatException or OverflowException or InvalidDataException)
        {
            // A damaged entry is a miss: the file is parsed again.
            return null;
        }
    }

    private sealed record Input(BinaryReader Reader, SourceFile File)
    {
        public Incident Incident(string slug)
        {
            Expect(Reader.ReadString() == slug);
            return new Incident
            {
                Slug = slug,
                Source = File,
                Title = Reader.ReadString(),
                Started = Time(),
                Resolved = OptionalTime(),
                Impact = Enum<Impact>(),
                ImpactDerived = Reader.ReadBoolean(),
                Components = List(() => new AffectedComponent
                {
                    ComponentId = Reader.ReadString(),
                    Changes = List(() => new StatusChange(Time(), Enum<ComponentStatus>())),
                }),
                Summary = MarkdownRenderer.Default.Render(Reader.ReadString()),
                Aliases = Aliases(),
                Updates = List(() => new IncidentUpdate { At = Time(), Status = Enum<IncidentUpdateStatus>(), Body = MarkdownRenderer.Default.Render(Reader.ReadString()), Position = Position() }),
                SourceMap = !Reader.ReadBoolean() ? null : new IncidentSourceMap
                {
                    FrontMatter = Position(),
                    Title = Position(),
                    Started = Position(),
                    Resolved = OptionalPosition(),
                    Impact = OptionalPosition(),
                    Components = List(() => new AffectedComponentSource(Reader.ReadString(), Position(), List(Position))),
                    Body = Position(),
                },
            };
        }

        public Maintenance Maintenance(string slug)
        {
            Expect(Reader.ReadString() == slug);
            return new Maintenance
            {
                Slug = slug,
                Source = File,
                Title = Reader.ReadString(),
                Scheduled = Time(),
                Until = Time(),
                ComponentIds = List(Reader.ReadString),
                Summary = MarkdownRenderer.Default.Render(Reader.ReadString()),
                Aliases = Aliases(),
                Updates = List(() => new MaintenanceUpdate { At = Time(), Status = Enum<MaintenanceUpdateStatus>(), Body = MarkdownRenderer.Default.Render(Reader.ReadString()), Position = Position() }),
                SourceMap = !Reader.ReadBoolean() ? null : new MaintenanceSourceMap
                {
                    FrontMatter = Position(),
                    Title = Position(),
                    Scheduled = Position(),
                    Until = Position(),
                    Components = List(Position),
                    Body = Position(),
                },
            };
        }

        public ImmutableArray<Diagnostic> Diagnostics() =>
            [.. List(() =>
            {
                var severity = Enum<Severity>();
                var code = new DiagnosticCode(Reader.ReadInt32(), Reader.ReadString());
                return new Diagnostic(severity, code, Position(), Reader.ReadString(), Reader.ReadBoolean() ? Reader.ReadString() : null);
            })];

        private Alias[] Aliases() => List(() => new Alias(Reader.ReadString(), Position()));

        private T[] List<T>(Func<T> read)
        {
            var count = Reader.ReadInt32();

            // Every element takes at least one byte: a count beyond what is left is damage, not a reason to allocate.
            Expect(count >= 0 && count <= Reader.BaseStream.Length - Reader.BaseStream.Position);
            var items = new T[count];
            for (var i = 0; i < count; i++)
            {
                items[i] = read();
            }

            return items;
        }

        private DateTimeOffset Time()
        {
            var ticks = Reader.ReadInt64();
            return new DateTimeOffset(ticks, TimeSpan.FromMinutes(Reader.ReadInt16()));
        }

        private DateTimeOffset? OptionalTime() => Reader.ReadBoolean() ? Time() : null;

        private SourcePosition Position()
        {
            var line = Reader.ReadInt32();
            return File.At(line, Reader.ReadInt32());
        }

        private SourcePosition? OptionalPosition() => Reader.ReadBoolean() ? Position() : null;

        private T Enum<T>()
            where T : struct, Enum
        {
            var value = Reader.ReadInt32();
            var result = (T)(object)value;
            Expect(System.Enum.IsDefined(result));
            return result;
        }

        private static void Expect(bool condition)
        {
            if (!condition)
            {
                throw new InvalidDataException("damaged cache entry");
            }
        }
    }
}
