using System.Globalization;
using System.Text.RegularExpressions;
using StatusGen.Diagnostics;
using StatusGen.Loading;
using StatusGen.Model;
using YamlDotNet.RepresentationModel;

namespace StatusGen.Notify;

/// <summary>Reads site.yml's <c>notify</c> section. Variables stay unresolved: <c>check</c> runs without the secrets.</summary>
internal static partial class NotifyConfigReader
{
    public const string Key = "notify";

    private static readonly string[] SectionKeys = ["firstRun", "channels", "subscribe"];
    private static readonly string[] CommonKeys = ["id", "type", "components", "minimumImpact"];

    private static readonly Dictionary<ChannelType, string[]> TypeKeys = new()
    {
        [ChannelType.Email] = ["smtp", "from", "to"],
        [ChannelType.Slack] = ["url"],
        [ChannelType.Mattermost] = ["url"],
        [ChannelType.Discord] = ["url"],
        [ChannelType.Teams] = ["url"],
        [ChannelType.Telegram] = ["token", "chatId", "url"],
        [ChannelType.Mastodon] = ["url", "token", "visibility"],
        [ChannelType.Webhook] = ["url", "secret"],
    };

    /// <param name="componentIds">The site's components; null when they could not be read (filters are then not checked).</param>
    public static NotifySettings Read(YamlFields site, IReadOnlyList<string>? componentIds)
    {
        var fields = site.Section(Key, SectionKeys);
        if (fields is null)
        {
            return new NotifySettings();
        }

        var channels = new List<NotifyChannel>();
        var seen = new Dictionary<string, SourcePosition>(StringComparer.Ordinal);
        var list = fields.List("channels", "'- id: ops-slack' then '  type: slack' and '  url: ${SLACK_WEBHOOK_URL}'");
        foreach (var (item, index) in (list?.Children ?? []).Select((n, i) => (n, i + 1)))
        {
            if (Channel(item, index, fields.Source, componentIds, seen) is { } channel)
            {
                channels.Add(channel);
            }
        }

        return new NotifySettings
        {
            FirstRun = Duration(fields, "firstRun") ?? new NotifySettings().FirstRun,
            Channels = channels,
            Subscribe = Subscribe(fields),
        };
    }

    private static NotifyChannel? Channel(YamlNode item, int index, YamlSource source, IReadOnlyList<string>? componentIds, Dictionary<string, SourcePosition> seen)
    {
        // The allowed keys depend on the type, so the type is read from the raw mapping before the keys are checked.
        var type = TypeOf(item, source, index);
        var keys = type is { } t ? [.. CommonKeys, .. TypeKeys[t]] : CommonKeys.Concat(TypeKeys.Values.SelectMany(k => k)).Distinct().ToArray();
        var fields = YamlFields.Of(item, source, source.At(item), $"notify channel {index}", keys);
        if (fields is null)
        {
            return null;
        }

        var errors = source.Diagnostics.ToImmutable().Count(d => d.IsError);
        var id = ChannelId(fields, seen);
        if (fields.Node("type") is null)
        {
            fields.ReportMissing("type", "slack");
        }

        var components = Components(fields, componentIds);
        var minimumImpact = MinimumImpact(fields);
        var channel = type is { } known && id is not null ? ChannelSettings.Read(fields, known, id, source.At(item)) with
        {
            Components = components,
            MinimumImpact = minimumImpact,
        } : null;
        return source.Diagnostics.ToImmutable().Count(d => d.IsError) == errors ? channel : null;
    }

    private static ChannelType? TypeOf(YamlNode item, YamlSource source, int index)
    {
        if (item is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode("type"), out var node))
        {
            return null;
        }

        var text = source.Scalar(node, "'type'");
        if (text is null)
        {
            return null;
        }

        foreach (var candidate in Enum.GetValues<ChannelType>())
        {
            if (Name(candidate) == text)
            {
                return candidate;
            }
        }

        var names = Enum.GetValues<ChannelType>().Select(Name).ToList();
        source.Diagnostics.Error(DiagnosticCodes.UnknownChannelType, source.At(node), $"notify channel {index} has unknown type '{text}'",
            DidYouMean.Find(text, names) is { } guess ? $"did you mean '{guess}'?" : $"use one of: {string.Join(", ", names)}");
        return null;
    }

    public static string Name(ChannelType type) => type.ToString().ToLowerInvariant();

    private static string? ChannelId(YamlFields fields, Dictionary<string, SourcePosition> seen)
    {
        var id = fields.Text("id", "ops-slack");
        if (id is not null && !ChannelIdPattern().IsMatch(id))
        {
            fields.Report(DiagnosticCodes.InvalidChannelId, "id", $"notify channel id '{id}' is not a lower-case slug", $"use letters a-z, digits and '-', e.g. '{Slug.From(id, "channel")}'");
            return null;
        }

        if (id is not null && seen.TryGetValue(id, out var first))
        {
            fields.Report(DiagnosticCodes.DuplicateChannelId, "id", $"notify channel id '{id}' is used twice", $"it is first used at line {first.Line}; the ledger keeps deliveries per id, so give each channel its own");
            return null;
        }

        if (id is not null)
        {
            seen[id] = fields.ValueAt("id");
        }

        return id;
    }

    private static List<string> Components(YamlFields fields, IReadOnlyList<string>? componentIds)
    {
        var result = new List<string>();
        foreach (var node in fields.List("components", "[api, webhooks]")?.Children ?? [])
        {
            var id = fields.Source.Scalar(node, "a component in 'components'");
            if (id is not null && componentIds is not null && !componentIds.Contains(id))
            {
                fields.Source.Diagnostics.Error(DiagnosticCodes.UnknownComponent, fields.Source.At(node), $"unknown component '{id}' in the channel's filter", DidYouMean.Fix(id, componentIds));
            }
            else if (id is not null)
            {
                result.Add(id);
            }
        }

        return result;
    }

    private static Impact? MinimumImpact(YamlFields fields)
    {
        var text = fields.Text("minimumImpact");
        if (text is null)
        {
            return null;
        }

        var names = Enum.GetValues<Impact>().ToDictionary(i => i.ToString().ToLowerInvariant(), i => i);
        if (names.TryGetValue(text, out var impact))
        {
            return impact;
        }

        fields.Report(DiagnosticCodes.UnknownImpact, "minimumImpact", $"unknown impact '{text}'", $"use one of: {string.Join(", ", names.Keys)}");
        return null;
    }

    /// <summary>"2h", "30m", "1d" or "0".</summary>
    private static TimeSpan? Duration(YamlFields fields, string key)
    {
        var text = fields.Text(key);
        if (text is null)
        {
            return null;
        }

        if (text == "0")
        {
            return TimeSpan.Zero;
        }

        var match = DurationPattern().Match(text);
        if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var amount) && amount <= 100_000)
        {
            return match.Groups[2].Value switch
            {
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                _ => TimeSpan.Zero,
            };
        }

        fields.Report(DiagnosticCodes.InvalidDuration, key, $"'{key}' must be a duration like 30m, 2h or 7d, not '{text}'", $"write for example '{key}: 2h'");
        return null;
    }

    private static List<SiteLink> Subscribe(YamlFields fields)
    {
        var links = new List<SiteLink>();
        var list = fields.List("subscribe", "'- label: Mailing list' then '  url: mailto:status-subscribe@example.com'");
        foreach (var (item, index) in (list?.Children ?? []).Select((n, i) => (n, i + 1)))
        {
            var link = YamlFields.Of(item, fields.Source, fields.Source.At(item), $"subscribe link {index}", ["label", "url"]);
            var label = link?.Text("label", "Mailing list");
            var url = link?.Url("url", "mailto:status-subscribe@example.com", "https", "http", "mailto");
            if (link is not null && link.Node("url") is null)
            {
                link.ReportMissing("url", "https://chat.example.com/invite/status");
            }

            if (label is not null && url is not null)
            {
                links.Add(new SiteLink(label, url));
            }
        }

        return links;
    }

    [GeneratedRegex("^[a-z0-9]+([-_][a-z0-9]+)*$")]
    private static partial Regex ChannelIdPattern();

    [GeneratedRegex("^([0-9]+)([mhd])$")]
    private static partial Regex DurationPattern();
}
