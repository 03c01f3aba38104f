using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

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
            var root = JsonNode.Parse(File.ReadAllText(path)) as JsonObject ?? throw new InvalidDataException("not a JSON object");
            if (root["version"]?.GetValue<int>() != Version || root["channels"] is not JsonObject channels)
            {
                throw new InvalidDataException($"expected {{\"version\": {Version}, \"channels\": {{...}}}}");
            }

            var ledger = Empty;
            foreach (var (channel, node) in channels)
            {
                var ids = (node?["delivered"] as JsonArray ?? throw new InvalidDataException($"channel '{channel}' has no 'delivered' list"))
                    .Select(n => n?.GetValue<string>() ?? throw new InvalidDataException($"channel '{channel}' lists a null id"));
                ledger = ledger.Add(channel, ids);
            }

            return ledger;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
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
