using StatusGen.Notify.Channels;

namespace StatusGen.Notify;

/// <summary>What --dry-run shows per message: where it would go (as configured, variables unread) and the rendered text.</summary>
internal static class DryRunPrinter
{
    public static void Print(TextWriter output, NotifyChannel channel, NotifyEvent e, NotifyMessage message)
    {
        output.WriteLine($"--- {channel.Id} ({NotifyConfigReader.Name(channel.Type)} to {Target(channel)}): {WebhookSender.EventName(e.Kind)} {e.Id}");
        if (channel.Type == ChannelType.Email)
        {
            output.WriteLine($"Subject: {message.Subject}");
        }

        output.Write(MessageRenderer.PlainText(message));
        output.WriteLine();
    }

    /// <summary>The template as written in site.yml: "${SLACK_WEBHOOK_URL}" is shown, its value never read.</summary>
    private static string Target(NotifyChannel channel) => channel.Type switch
    {
        ChannelType.Email => string.Join(", ", channel.To.Select(t => t.Template)),
        ChannelType.Telegram => $"chat {channel.ChatId}",
        _ => channel.Url?.Template ?? "",
    };
}
