// contentlayer2 reports a broken post as a stack of its internals ("SourceFetchDataError",
// "This is possibly a bug in Contentlayer") just above the content check's plain report of the
// same mistake. `npm run dev` keeps contentlayer2's own description of the problem, drops its
// internals, and says what it means for the page in the browser.

/** A line-by-line filter for contentlayer2's output; returns the lines to show, in order. */
export function contentlayerOutputFilter() {
  let insideInternals = false;
  return (line) => {
    if (insideInternals) {
      if (line.startsWith('}')) insideInternals = false;
      return [];
    }
    if (/^\w*Error: \{\s*$/.test(line)) {
      insideInternals = true;
      return [];
    }
    if (/possibly a bug in Contentlayer|github\.com\/contentlayerdev/i.test(line)) return [];
    const found = /^Error: Found (\d+) problems? in (\d+) documents?\./.exec(line);
    if (found)
      return [
        `⚠ The browser keeps showing the last good version of ${found[2] === '1' ? 'this file' : 'these files'} until the problem is fixed:`,
      ];
    return [line];
  };
}
