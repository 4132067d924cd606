/**
 * Controls that offer the framework's real themes and items by name, so that a designer picks
 * "Being: Authenticity" rather than typing an id such as `being.authenticity`.
 */
import { themeItems } from '../../src/core/framework.js';
import type { Framework } from '../../src/core/types.js';
import { realFramework } from '../../data/examples/frameworks.js';

export interface ChoiceOptions {
  themes?: boolean;
  supplementary?: boolean;
  /** A first choice for "nothing", with this label. */
  none?: string;
}

function shorten(text: string, max = 70): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/** `[id, label]` pairs in the framework's order: a theme, then its items, then its supplementary text. */
export function itemChoices(framework: Framework = realFramework, { themes = true, supplementary = true, none }: ChoiceOptions = {}): Array<[string, string]> {
  const choices: Array<[string, string]> = none === undefined ? [] : [['', none]];
  for (const theme of framework.themes) {
    if (themes) choices.push([theme.id, `${theme.title} (whole theme)`]);
    for (const item of themeItems(theme)) {
      const label = item.kind === 'behaviour' ? `${item.heading} (behaviour)` : `${shorten(item.text)} (quality)`;
      choices.push([item.id, `${theme.title}: ${label}`]);
    }
    if (supplementary) for (const entry of theme.supplementary ?? []) choices.push([entry.id, `${theme.title}: ${entry.label} (not part of the framework)`]);
  }
  return choices;
}

/** A select control of the framework's themes and items, for an argType. */
export function itemControl(choices: Array<[string, string]>, description: string) {
  return {
    control: { type: 'select' as const, labels: Object.fromEntries(choices) },
    options: choices.map(([id]) => id),
    description,
  };
}
