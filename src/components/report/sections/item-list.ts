/**
 * A list of items, each its wording (`.item-name`) and then what is said about it, built as DOM with
 * text nodes only: the report's item lists hold a line per item, and a Lit template per line cost
 * more than the list's text. Each call builds new DOM: keep the result to render it again.
 */
export function itemList(tag: 'ul' | 'ol', entries: ReadonlyArray<{ name: string; text: string }>): HTMLUListElement | HTMLOListElement {
  const list = document.createElement(tag);
  for (const { name, text } of entries) {
    const li = document.createElement('li');
    const span = document.createElement('span');
    span.className = 'item-name';
    span.textContent = name;
    li.append(span, text);
    list.append(li);
  }
  return list;
}
