using System.Security.Cryptography;
using System.Text;

namespace StatusGen.Api;

/// <summary>
/// Statuspage-style ids (12 characters of [0-9a-z]) that are the same in every build: the first 8 bytes of
/// SHA-256 over "KIND:KEY", written in base 36. KEY is what already identifies the thing in our content:
/// the component id, the group name, the incident or maintenance slug, the base URL for the page.
/// </summary>
internal static class StatuspageIds
{
    private const string Alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";

    public static string Page(Uri baseUrl) => Of("page", baseUrl.AbsoluteUri);

    public static string Component(string componentId) => Of("component", componentId);

    public static string Group(string groupName) => Of("group", groupName);

    public static string Incident(string slug) => Of("incident", slug);

    public static string Maintenance(string slug) => Of("maintenance", slug);

    /// <summary>
    /// An update is known by its parent, its time (UTC) and its status; <paramref name="duplicate"/> numbers exact
    /// repeats from 1. An incident and a maintenance may share a slug, so a maintenance's updates carry its kind in
    /// the key (an incident's keep the key they always had, so their published ids do not change).
    /// </summary>
    public static string Update(UpdateParent parent, string parentSlug, DateTimeOffset at, string status, int duplicate) =>
        Of("update", FormattableString.Invariant($"{(parent == UpdateParent.Maintenance ? "maintenance:" : "")}{parentSlug}/{at.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}/{status}/{duplicate}"));

    public static string Of(string kind, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{kind}:{key}"));
        var value = BitConverter.ToUInt64(hash, 0);
        var id = new char[12];
        for (var i = 0; i < id.Length; i++)
        {
            id[i] = Alphabet[(int)(value % 36)];
            value /= 36;
        }

        return new string(id);
    }
}

internal enum UpdateParent
{
    Incident,
    Maintenance,
}
