using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace StatusGen.Notify.Channels;

/// <summary>
/// Email through SMTP (MailKit): multipart plain text and HTML. The first message of an incident or maintenance
/// has a Message-ID derived from the thread and channel; every later one names it in In-Reply-To and References,
/// so mail clients show an incident as one conversation.
/// </summary>
internal sealed class EmailSender : IChannelSender
{
    public async Task<DeliveryOutcome> SendAsync(Delivery delivery, CancellationToken cancellation)
    {
        var message = Build(delivery);
        var smtp = delivery.Channel.Smtp!;
        using var client = new SmtpClient { Timeout = (int)delivery.Context.Timeout.TotalMilliseconds };
        try
        {
            var security = smtp.Security switch
            {
                SmtpSecurity.Tls => SecureSocketOptions.SslOnConnect,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                _ => SecureSocketOptions.None,
            };
            await client.ConnectAsync(delivery.Value("smtp.host"), smtp.Port, security, cancellation).ConfigureAwait(false);
            if (delivery.Optional("smtp.username") is { } username)
            {
                await client.AuthenticateAsync(username, delivery.Optional("smtp.password") ?? "", cancellation).ConfigureAwait(false);
            }

            await client.SendAsync(message, cancellation).ConfigureAwait(false);
        }
        catch (SmtpCommandException e)
        {
            // 4yz replies are transient by definition (RFC 5321 4.2.1); 5yz will fail again the same way.
            var reason = $"SMTP {(int)e.StatusCode} ({e.ErrorCode})";
            return (int)e.StatusCode >= 500 ? DeliveryOutcome.Permanent(reason) : DeliveryOutcome.Transient(reason);
        }
        catch (AuthenticationException)
        {
            return DeliveryOutcome.Permanent("SMTP authentication failed; check the username and password variables");
        }
        catch (NotSupportedException)
        {
            // MailKit's answer when security is starttls and the server does not offer STARTTLS: sending in clear
            // text instead would be a downgrade, so this is a configuration problem, not something to retry.
            return DeliveryOutcome.Permanent($"the SMTP server does not offer STARTTLS; use 'security: tls' (port 465) if it speaks TLS from the start, or 'none' only for a local relay");
        }
        catch (SslHandshakeException)
        {
            return DeliveryOutcome.Permanent($"TLS handshake with the SMTP server failed; check 'security' ({smtp.Security.ToString().ToLowerInvariant()}) and 'port' ({smtp.Port})");
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpProtocolException or TimeoutException or ServiceNotConnectedException
            || (e is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            return DeliveryOutcome.Transient(e is SocketException socket ? $"SMTP connection failed ({socket.SocketErrorCode})" : $"SMTP connection failed ({e.GetType().Name})");
        }

        try
        {
            await client.DisconnectAsync(quit: true, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
        {
            // The message was accepted; a failed goodbye does not make it undelivered.
        }

        return DeliveryOutcome.Success;
    }

    internal static MimeMessage Build(Delivery delivery)
    {
        var text = delivery.Message;
        var host = text.Url.Host;
        var root = $"{Delivery.StableId(delivery.Channel.Id, delivery.Event.ThreadId)}@{host}";
        var message = new MimeMessage { Subject = text.Subject, Date = delivery.Context.Now };
        message.From.Add(MailboxAddress.Parse(delivery.Value("from")));
        foreach (var to in delivery.Values.Where(p => p.Key.StartsWith("to.", StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            message.To.Add(MailboxAddress.Parse(to.Value));
        }

        if (IsThreadStart(delivery.Event.Kind))
        {
            message.MessageId = root;
        }
        else
        {
            message.MessageId = $"{delivery.Id}@{host}";
            message.InReplyTo = root;
            message.References.Add(root);
        }

        message.Headers.Add("Auto-Submitted", "auto-generated");
        message.Headers.Add(WebhookSender.DeliveryHeader, delivery.Id);
        message.Body = new BodyBuilder { TextBody = MessageRenderer.PlainText(text) + $"\n-- \n{text.Footer}\n", HtmlBody = EmailHtml.Render(text) }.ToMessageBody();
        return message;
    }

    private static bool IsThreadStart(NotifyEventKind kind) => kind is NotifyEventKind.IncidentOpened or NotifyEventKind.MaintenanceScheduled;
}
