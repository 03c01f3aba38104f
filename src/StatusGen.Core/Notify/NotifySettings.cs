using StatusGen.Diagnostics;
using StatusGen.Model;

namespace StatusGen.Notify;

/// <summary>site.yml's <c>notify</c> section: where updates are pushed, and how visitors subscribe. docs/notify.md.</summary>
public sealed record NotifySettings
{
    /// <summary>With no ledger for a channel yet, events older than this are recorded as delivered instead of sent.</summary>
    public TimeSpan FirstRun { get; init; } = TimeSpan.FromHours(2);

    /// <summary>In site.yml order, which is also the order deliveries go out for one event.</summary>
    public IReadOnlyList<NotifyChannel> Channels { get; init; } = [];

    /// <summary>Links the pages show next to the feeds: a mailing list's subscribe address, a chat invite.</summary>
    public IReadOnlyList<SiteLink> Subscribe { get; init; } = [];
}

public enum ChannelType
{
    Email,
    Slack,
    Mattermost,
    Discord,
    Teams,
    Telegram,
    Mastodon,
    Webhook,
}

public enum SmtpSecurity
{
    None,
    StartTls,
    Tls,
}

/// <summary>One configured channel. Values that may hold <c>${NAME}</c> are <see cref="ConfigText"/>, resolved only when sending.</summary>
public sealed record NotifyChannel
{
    /// <summary>Lower-case slug, unique among the channels; the ledger and <c>--channel</c> name it.</summary>
    public required string Id { get; init; }
    public required ChannelType Type { get; init; }

    /// <summary>Where the channel's entry starts in site.yml; run-time configuration errors point here.</summary>
    public required SourcePosition Position { get; init; }

    /// <summary>The webhook URL; for Mastodon the instance, for Telegram an optional API base.</summary>
    public ConfigText? Url { get; init; }

    /// <summary>The webhook's HMAC key.</summary>
    public ConfigText? Secret { get; init; }

    /// <summary>Telegram's bot token or Mastodon's access token.</summary>
    public ConfigText? Token { get; init; }
    public ConfigText? ChatId { get; init; }

    /// <summary>Mastodon's visibility: public, unlisted, private or direct.</summary>
    public string? Visibility { get; init; }
    public SmtpSettings? Smtp { get; init; }
    public ConfigText? From { get; init; }
    public IReadOnlyList<ConfigText> To { get; init; } = [];

    /// <summary>Only events naming one of these components; empty admits all.</summary>
    public IReadOnlyList<string> Components { get; init; } = [];

    /// <summary>Only incidents of at least this impact; maintenance is not filtered by impact.</summary>
    public Impact? MinimumImpact { get; init; }
}

public sealed record SmtpSettings
{
    public required ConfigText Host { get; init; }

    /// <summary>587 for starttls, 465 for tls, 25 for none unless set.</summary>
    public required int Port { get; init; }
    public required SmtpSecurity Security { get; init; }
    public ConfigText? Username { get; init; }
    public ConfigText? Password { get; init; }
}
