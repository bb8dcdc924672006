/**
 * User text quoted in a message, cut to a readable length: a pasted paragraph or a 1 MB cell must
 * not flood an error message (or Excel's error tooltip). The one place messages clip what a user
 * typed: method and direction words, text cells, imported values.
 */
export const MAX_QUOTED = 40;

/**
 * `text` if it has at most `max` characters, else its first `max − 3` characters and "...". Whole
 * characters (never half of an astral one), and only the start of a long text is looked at, so
 * clipping a million-character cell costs what clipping a short one does.
 */
export function clipText(text: string, max = MAX_QUOTED): string {
  // At most `max` UTF-16 units is at most `max` characters: the common case allocates nothing.
  if (text.length <= max) return text;
  let count = 0;
  let cut = 0; // UTF-16 length of the first max − 3 characters
  for (const ch of text) {
    if (count < max - 3) cut += ch.length;
    if (++count > max) return `${text.slice(0, cut)}...`;
  }
  return text;
}

export function quotedText(text: string): string {
  return `"${clipText(text)}"`;
}
