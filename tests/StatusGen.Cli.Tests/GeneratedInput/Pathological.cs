namespace StatusGen.Cli.Tests.GeneratedInput;

/// <summary>Snippets that broke or stalled the loader once (issue 10), and their neighbours, for the generators to insert.</summary>
internal static class Pathological
{
    public static readonly IReadOnlyList<string> Snippets =
    [
        string.Concat(Enumerable.Repeat("- ", 64)) + "x",
        new string('>', 128) + " x",
        new string('*', 5000) + "x",
        new string('[', 5000) + "x",
        new string('_', 40) + "x" + new string('_', 40),
        string.Join("\n", Enumerable.Range(0, 300).Select(i => new string(' ', i * 2) + "- x")),
        string.Join("\n", Enumerable.Range(0, 200).Select(i => new string('>', i) + " x")),
        "title: " + new string('[', 9000),
        "title: " + new string('{', 200) + "a: b",
        "title: &a x\nresolved: *a",
        "  \tapi: major_outage",
        "[x](javascript:alert(1)) <JAVASCRIPT:alert(1)> [y](&#106;avascript:x) ![i](data:text/html,x)\n\n[r]: vbscript:x\n[z][r]",
        "started: 0001-01-01 00:00",
        "resolved: 9999-12-31 23:59",
        "since: 0001-01-01",
        "  \"\": major_outage",
        "## 9999-12-31 23:59 Update\nlate",
        "## 0001-01-01 00:00 Investigating\nearly",
        "\u0001\u000B\u001B\u0007\u007F\u0085\u2028\u2029\uFFFE\uFFFF",
        "```\n" + new string(' ', 300) + "deep\n```",
        new string('a', 12_000),
        "    2030-01-01 10:00: operational",
    ];
}
