/**
 * User text quoted in a message, cut to a readable length: a pasted paragraph or a 1 MB cell must
 * not flood an error message (or Excel's error tooltip).
 */
const MAX_QUOTED = 40;

export function quotedText(text: string): string {
  const chars = Array.from(text); // whole characters: never half of an astral one
  return `"${chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED - 3).join('')}...` : text}"`;
}
