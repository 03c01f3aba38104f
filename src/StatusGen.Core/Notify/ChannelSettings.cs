using StatusGen.Diagnostics;
using StatusGen.Loading;
using MimeKit;

namespace StatusGen.Notify;

/// <summary>The type-specific keys of one notify channel. Values holding <c>${NAME}</c> are checked again once resolved.</summary>
internal static class ChannelSettings
{
    private static readonly string[] Visibilities = ["public", "unlisted", "private", "direct"];
    private static readonly string[] SmtpKeys = ["host", "port", "security", "username", "password"];

    public static NotifyChannel Read(YamlFields fields, ChannelType type, string id, SourcePosition position)
    {
        var channel = new NotifyChannel { Id = id, Type = type, Position = position };
        return type switch
        {
            ChannelType.Email => channel with
            {
                Smtp = Smtp(fields),
                From = Address(fields, "from", required: true),
                To = Recipients(fields),
            },
            ChannelType.Telegram => channel with
            {
                Token = Secret(fields, "token", "${TELEGRAM_BOT_TOKEN}", required: true),
                ChatId = Value(fields, "chatId", "\"@parcelwise_status\"", required: true),
                Url = Url(fields, "url", "https://api.telegram.org", required: false),
            },
            ChannelType.Mastodon => channel with
            {
                Url = Url(fields, "url", "https://mastodon.social", required: true),
                Token = Secret(fields, "token", "${MASTODON_TOKEN}", required: true),
                Visibility = Visibility(fields),
            },
            ChannelType.Webhook => channel with
            {
                Url = Url(fields, "url", "https://partner.example/hooks/status", required: true),
                Secret = Secret(fields, "secret", "${PARTNER_WEBHOOK_SECRET}", required: false),
            },
            _ => channel with { Url = Url(fields, "url", "${SLACK_WEBHOOK_URL}", required: true) },
        };
    }

    /// <summary>A text value, possibly with variables; reports a malformed reference.</summary>
    public static ConfigText? Value(YamlFields fields, string key, string example, bool required)
    {
        var text = fields.Text(key, required ? example : null);
        if (text is null)
        {
            return null;
        }

        if (!ConfigText.IsWellFormed(text))
        {
            fields.Report(DiagnosticCodes.MalformedSecretReference, key, $"'{key}' has a '${{' that is not a ${{NAME}} reference", "write an environment variable as ${NAME}, with letters, digits and '_'");
            return null;
        }

        return new ConfigText(text, fields.ValueAt(key));
    }

    /// <summary>A secret: a literal value works but is warned about, since site.yml is committed.</summary>
    private static ConfigText? Secret(YamlFields fields, string key, string example, bool required)
    {
        var value = Value(fields, key, example, required);
        if (value is { HasVariables: false })
        {
            fields.Source.Diagnostics.Warning(DiagnosticCodes.PlainTextSecret, value.Position, $"'{key}' is written into site.yml, so it is in the repository and its history",
                $"store it as a CI secret and write '{key}: {example}'");
        }

        return value;
    }

    /// <summary>An http(s) URL; one holding variables is checked when it is resolved.</summary>
    private static ConfigText? Url(YamlFields fields, string key, string example, bool required)
    {
        var value = Value(fields, key, example, required);
        if (value is null || value.HasVariables || IsHttpUrl(value.Template))
        {
            return value;
        }

        // The value is not shown: a mistyped webhook URL is still a credential.
        fields.Report(DiagnosticCodes.InvalidUrl, key, $"'{key}' must be an absolute http or https URL", $"write it like '{example}'");
        return null;
    }

    public static bool IsHttpUrl(string text) => Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    public static bool IsMailbox(string text) => MailboxAddress.TryParse(text, out var mailbox) && mailbox.Address.Contains('@', StringComparison.Ordinal);

    private static ConfigText? Address(YamlFields fields, string key, bool required)
    {
        var value = Value(fields, key, "\"Example Status <status@example.com>\"", required);
        if (value is null || value.HasVariables || IsMailbox(value.Template))
        {
            return value;
        }

        fields.Report(DiagnosticCodes.InvalidEmailAddress, key, $"'{key}' is not an email address: '{value.Template}'", "write it like 'status@example.com' or \"Example Status <status@example.com>\"");
        return null;
    }

    private static List<ConfigText> Recipients(YamlFields fields)
    {
        var node = fields.Node("to");
        if (node is null)
        {
            fields.ReportMissing("to", "[subscribers@lists.example.com]");
            return [];
        }

        if (node is YamlDotNet.RepresentationModel.YamlScalarNode)
        {
            return Address(fields, "to", required: true) is { } single ? [single] : [];
        }

        var result = new List<ConfigText>();
        foreach (var item in fields.List("to", "[subscribers@lists.example.com]")?.Children ?? [])
        {
            var text = fields.Source.Scalar(item, "an address in 'to'");
            if (text is not null && (ConfigText.IsWellFormed(text) && (text.Contains("${", StringComparison.Ordinal) || IsMailbox(text))))
            {
                result.Add(new ConfigText(text, fields.Source.At(item)));
            }
            else if (text is not null)
            {
                fields.Source.Diagnostics.Error(DiagnosticCodes.InvalidEmailAddress, fields.Source.At(item), $"'{text}' in 'to' is not an email address", "write it like 'subscribers@lists.example.com'");
            }
        }

        return result;
    }

    private static SmtpSettings? Smtp(YamlFields parent)
    {
        var fields = parent.Section("smtp", SmtpKeys);
        if (fields is null)
        {
            if (parent.Node("smtp") is null)
            {
                parent.ReportMissing("smtp", "{ host: smtp.example.com, port: 587, security: starttls }");
            }

            return null;
        }

        var host = Value(fields, "host", "smtp.example.com", required: true);
        var securityText = fields.Text("security") ?? "starttls";
        SmtpSecurity? security = securityText switch
        {
            "none" => SmtpSecurity.None,
            "starttls" => SmtpSecurity.StartTls,
            "tls" => SmtpSecurity.Tls,
            _ => null,
        };
        if (security is null)
        {
            fields.Report(DiagnosticCodes.InvalidSmtpSecurity, "security", $"'security' must be none, starttls or tls, not '{securityText}'",
                "use starttls for port 587, tls for port 465, none only for a relay on the same machine or network");
        }

        var port = fields.Int("port", 1, 65535) ?? security switch { SmtpSecurity.Tls => 465, SmtpSecurity.None => 25, _ => 587 };
        var username = Value(fields, "username", "${SMTP_USER}", required: false);
        var password = Secret(fields, "password", "${SMTP_PASSWORD}", required: false);
        return host is null || security is null ? null : new SmtpSettings
        {
            Host = host,
            Port = port,
            Security = security.Value,
            Username = username,
            Password = password,
        };
    }

    private static string? Visibility(YamlFields fields)
    {
        var text = fields.Text("visibility");
        if (text is null || Visibilities.Contains(text))
        {
            return text;
        }

        fields.Report(DiagnosticCodes.InvalidVisibility, "visibility", $"'visibility' must be one of {string.Join(", ", Visibilities)}, not '{text}'", "use 'public' or 'unlisted'");
        return null;
    }
}
