// The draft as the app stores it in the browser (`bccds.draft.<id>` in localStorage), read from a
// page of a fresh context, which holds one draft.

/** The stored draft's record ({ report, revision, … }), or null while none is stored. */
export async function storedDraft(page) {
  return page.evaluate(() => {
    const k = Object.keys(localStorage).find((x) => x.startsWith('bccds.draft.'));
    return k ? JSON.parse(localStorage.getItem(k)) : null;
  });
}

/** The stored draft's values, or null while none is stored. */
export async function storedValues(page) {
  return (await storedDraft(page))?.report.values ?? null;
}

/**
 * Waits until `holds(record)` is true of the stored draft (saves are written a moment after the
 * last change); returns that record. Fails with the last record seen.
 */
export async function untilStoredDraft(page, holds, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  let last = null;
  for (;;) {
    last = await storedDraft(page);
    if (last && holds(last)) return last;
    if (Date.now() > end) {
      throw new Error(`the stored draft never came to hold ${holds}: ${JSON.stringify(last?.report?.values ?? null).slice(0, 400)}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
