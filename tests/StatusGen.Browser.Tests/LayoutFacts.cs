using Microsoft.Playwright;

namespace StatusGen.Browser.Tests;

/// <summary>
/// Layout facts a person would notice, measured in the browser: the page scrolls sideways, a table breaks a word
/// over two lines, a heading stands over cards that say otherwise. Each returns what is wrong (empty when nothing).
/// </summary>
internal static class LayoutFacts
{
    /// <summary>"page is 512 px wide in a 390 px viewport" when the page itself scrolls sideways.</summary>
    public static async Task<IReadOnlyList<string>> HorizontalOverflowAsync(IPage page)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (width, viewport) = (sizes[0], sizes[1]);
        return width > viewport ? [$"page is {width} px wide in a {viewport} px viewport"] : [];
    }

    /// <summary>Every word in a table cell that the browser split over lines: its column is narrower than the word.</summary>
    public static async Task<IReadOnlyList<string>> BrokenWordsInTablesAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => {
              const broken = [];
              for (const cell of document.querySelectorAll('table th, table td')) {
                const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  for (const m of node.data.matchAll(/\S+/g)) {
                    const range = document.createRange();
                    range.setStart(node, m.index);
                    range.setEnd(node, m.index + m[0].length);
                    const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                    if (lines.size > 1) broken.push(`'${m[0]}' in '${cell.textContent.trim()}' is broken over ${lines.size} lines`);
                  }
                }
              }
              return broken;
            }
            """);

    /// <summary>Tables whose box cuts them off (they would have to scroll) although the viewport is wide.</summary>
    public static async Task<IReadOnlyList<string>> ClippedTablesAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('.tbl')]
              .filter(box => box.scrollWidth > box.clientWidth + 1)
              .map(box => `'${box.querySelector('caption').textContent}' needs ${box.scrollWidth} px in a ${box.clientWidth} px box`)
            """);

    /// <summary>
    /// Maintenance cards under a heading that names another state than their label, and visible headings with
    /// nothing under them.
    /// </summary>
    public static async Task<IReadOnlyList<string>> HeadingsContradictingCardsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('section[data-mstate]')].filter(s => !s.hidden).flatMap(s => {
              const heading = s.querySelector('h2').textContent;
              const wrong = [...s.querySelectorAll('[data-states]')]
                .filter(label => label.textContent !== label.dataset.states.split('|')[+s.dataset.mstate])
                .map(label => `'${heading}' stands over a card labelled '${label.textContent}'`);
              return s.querySelector('.card, .more') ? wrong : [...wrong, `'${heading}' stands over nothing`];
            })
            """);
}
