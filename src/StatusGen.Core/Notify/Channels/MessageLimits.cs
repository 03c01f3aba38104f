namespace StatusGen.Notify.Channels;

/// <summary>Every chat API caps its fields; a long update is cut with an ellipsis rather than rejected with a 400.</summary>
internal static class MessageLimits
{
    public static string Cut(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, char.IsHighSurrogate(text[max - 2]) ? max - 2 : max - 1), "…");
}
