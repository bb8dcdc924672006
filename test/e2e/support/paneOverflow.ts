import { type Locator } from 'playwright-core';

/**
 * What in the pane would make a person scroll sideways or miss something cut off at the right:
 * the pane itself or any box inside it that scrolls horizontally, and any visible element that
 * reaches past the pane's right edge. Each entry names the element so a failure says where.
 */
export function horizontalOverflow(pane: Locator): Promise<string[]> {
  return pane.evaluate((root) => {
    const found: string[] = [];
    const name = (el: Element) => {
      const label = el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().slice(0, 40);
      return `<${el.tagName.toLowerCase()}${el.id ? ` #${el.id}` : ''}> "${label}"`;
    };
    if (root.scrollWidth > root.clientWidth + 1)
      found.push(`the pane scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const edge = root.getBoundingClientRect().left + root.clientWidth + 1;
    const all = Array.from(root.querySelectorAll('*'));
    // Content kept for screen readers only: a box of at most 1 px that clips what is inside it.
    const unseen = all.filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width <= 1 && box.height <= 1 && getComputedStyle(el).overflow === 'hidden';
    });
    for (const el of all) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (unseen.some((hidden) => hidden.contains(el))) continue;
      const scrolls = style.overflowX === 'auto' || style.overflowX === 'scroll';
      if (scrolls && el.scrollWidth > el.clientWidth + 1)
        found.push(`${name(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
      const box = el.getBoundingClientRect();
      if (box.width > 1 && box.height > 1 && box.right > edge)
        found.push(`${name(el)} reaches ${Math.round(box.right - edge)} px past the pane`);
    }
    return found;
  });
}
