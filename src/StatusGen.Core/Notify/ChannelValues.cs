using StatusGen.Diagnostics;
using StatusGen.Notify.Channels;

namespace StatusGen.Notify;

/// <summary>
/// Resolves a channel's <c>${NAME}</c> values from the environment at run time. A missing variable, or a value that is
/// not a URL or address once read, is a diagnostic naming the variable and never the value; every value read from a
/// variable is handed to the <see cref="SecretRedactor"/>.
/// </summary>
internal static class ChannelValues
{
    public static IReadOnlyDictionary<string, string>? Resolve(NotifyChannel channel, Func<string, string?> environment, DiagnosticList diagnostics, SecretRedactor redactor)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var before = diagnostics.Count;
        void Read(string key, ConfigText? text, Func<string, bool>? valid = null, string? what = null)
        {
            if (text is null)
            {
                return;
            }

            var (value, missing) = text.Resolve(environment);
            if (value is null)
            {
                diagnostics.Error(DiagnosticCodes.MissingEnvironmentVariable, text.Position, $"environment variable '{missing}' is not set (channel '{channel.Id}', '{key}')",
                    $"set it in the environment; in GitHub Actions add 'env: {missing}: ${{{{ secrets.{missing} }}}}' to the step");
                return;
            }

            if (text.HasVariables)
            {
                redactor.Add(value);
            }

            if (valid is not null && !valid(value))
            {
                diagnostics.Error(DiagnosticCodes.InvalidResolvedValue, text.Position, $"'{key}' of channel '{channel.Id}' is not {what} once {string.Join(", ", text.Variables.Select(v => $"${{{v}}}"))} is read",
                    "check the variable's value (it is not shown here, as it may be a secret)");
                return;
            }

            values[key] = value;
        }

        Read("url", channel.Url, ChannelSettings.IsHttpUrl, "an absolute http(s) URL");
        Read("secret", channel.Secret);
        Read("token", channel.Token);
        Read("chatId", channel.ChatId);
        Read("from", channel.From, ChannelSettings.IsMailbox, "an email address");
        foreach (var (to, index) in channel.To.Select((t, i) => (t, i)))
        {
            Read($"to.{index:D4}", to, ChannelSettings.IsMailbox, "an email address");
        }

        Read("smtp.host", channel.Smtp?.Host);
        Read("smtp.username", channel.Smtp?.Username);
        Read("smtp.password", channel.Smtp?.Password);
        return diagnostics.Count == before ? values : null;
    }
}

/// <summary>Replaces every secret value in text the notify command prints; the last line of defence behind messages that never name values.</summary>
internal sealed class SecretRedactor
{
    public const string Mask = "***";

    // Values this short would mask ordinary words; no credential is this short.
    private const int MinimumLength = 4;
    private readonly List<string> secrets = [];

    public void Add(string value)
    {
        if (value.Length >= MinimumLength && !secrets.Contains(value))
        {
            secrets.Add(value);
            secrets.Sort((a, b) => b.Length.CompareTo(a.Length));
        }
    }

    public string Redact(string text)
    {
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
