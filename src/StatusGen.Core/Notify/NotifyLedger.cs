using System.Collections.Immutable;
using System.Text.Json;

namespace StatusGen.Notify;

/// <summary>
/// Which events each channel has received: a JSON file, by default <c>.statusgen/notify-ledger.json</c> beside
/// site.yml. A channel with no entry has never run, which is what the first-run cutoff keys on.
/// </summary>
/// <remarks>Ids are kept sorted, so the file is the same whatever order deliveries happened in and diffs well when committed back.</remarks>
public sealed record NotifyLedger(ImmutableDictionary<string, ImmutableSortedSet<string>> Delivered)
{
    public const string DefaultRelativePath = ".statusgen/notify-ledger.json";
    private const int Version = 1;

    public static readonly NotifyLedger Empty = new(ImmutableDictionary<string, ImmutableSortedSet<string>>.Empty.WithComparers(StringComparer.Ordinal));

    public bool Knows(string channelId) => Delivered.ContainsKey(channelId);

    public bool Has(string channelId, string eventId) => Delivered.TryGetValue(channelId, out var ids) && ids.Contains(eventId);

    public NotifyLedger Add(string channelId, IEnumerable<string> eventIds) =>
        new(Delivered.SetItem(channelId, Delivered.GetValueOrDefault(channelId, ImmutableSortedSet.Create<string>(StringComparer.Ordinal)).Union(eventIds)));

    /// <exception cref="InvalidDataException">The file is not a ledger (reported as a configuration error).</exception>
    public static NotifyLedger Read(string path)
    {
        if (!File.Exists(path))
        {
            return Empty;
        }

        try
        {
            // JsonDocument and one sorted-set build per channel: the ledger of a large site holds tens of thousands of ids.
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number
                || version.GetInt32() != Version || !root.TryGetProperty("channels", out var channels) || channels.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"expected {{\"version\": {Version}, \"channels\": {{...}}}}");
            }

            var delivered = ImmutableDictionary.CreateBuilder<string, ImmutableSortedSet<string>>(StringComparer.Ordinal);
            foreach (var channel in channels.EnumerateObject())
            {
                if (channel.Value.ValueKind != JsonValueKind.Object || !channel.Value.TryGetProperty("delivered", out var ids) || ids.ValueKind != JsonValueKind.Array)
                {
                    throw new InvalidDataException($"channel '{channel.Name}' has no 'delivered' list");
                }

                delivered[channel.Name] = ImmutableSortedSet.CreateRange(StringComparer.Ordinal, ids.EnumerateArray().Select(id =>
                    id.ValueKind == JsonValueKind.String ? id.GetString()! : throw new InvalidDataException($"channel '{channel.Name}' lists a value that is not an id")));
            }

            return new NotifyLedger(delivered.ToImmutable());
        }
        catch (Exception e) when (e is JsonException or FormatException)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }

    /// <summary>Writes to a temporary file beside the ledger and renames it over, so a run killed midway leaves the old or the new file, never half of one.</summary>
    public void Write(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", Version);
            json.WriteStartObject("channels");
            foreach (var (channel, ids) in Delivered.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                json.WriteStartObject(channel);
                json.WriteStartArray("delivered");
                foreach (var id in ids)
                {
                    json.WriteStringValue(id);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        File.Move(temporary, path, overwrite: true);
    }
}
