/**
 * A leadership development programme mapped to the framework: validation and coverage (which items
 * each module covers, which items no module covers, which themes have no items to cover).
 * No DOM: runs in Node and in the browser.
 */
import { checkProgramme } from '../generated/validators.js';
import { allItems, findItem, findTheme, itemLabel, themeItems } from './framework.js';
import { pointer, problemsFromSchemaErrors, quote } from './problems.js';
import type { Framework, FrameworkItem, Problem, Programme, ProgrammeModule, Theme, Validated } from './types.js';

/** Format version of programme files (see `Programme.schemaVersion`). */
export const PROGRAMME_SCHEMA_VERSION = 1 as const;

/**
 * Validates an untrusted programme file against the schema and, with a framework, checks that every
 * item id is an item of that framework. Each problem names its JSON Pointer path.
 */
export function validateProgramme(json: unknown, framework?: Framework): Validated<Programme> {
  let problems: Problem[];
  try {
    const errors = checkProgramme(json);
    problems = errors.length ? problemsFromSchemaErrors(errors, json) : [];
  } catch (error) {
    problems = [{ path: '', message: `The file could not be checked (${error instanceof Error ? error.message : String(error)}).` }];
  }
  if (problems.length) {
    const lead = json === null || typeof json !== 'object' || Array.isArray(json) || !('modules' in json)
      ? [{ path: '', message: 'This file is not a programme map: it needs a title, a provider and a list of modules.' }]
      : [];
    return { ok: false, problems: [...lead, ...problems.filter((p) => !(lead.length && p.path === '' && p.message === lead[0].message))] };
  }
  const programme = json as Programme;
  const semantic: Problem[] = [];
  const moduleIds = new Map<string, number>();
  programme.modules.forEach((module, m) => {
    const earlier = moduleIds.get(module.id);
    if (earlier !== undefined) semantic.push({ path: pointer('modules', m, 'id'), message: `The module id "${module.id}" is used twice (first by module ${earlier + 1}). Give each module its own id.` });
    else moduleIds.set(module.id, m);
    const seen = new Set<string>();
    module.items.forEach((id, i) => {
      if (seen.has(id)) semantic.push({ path: pointer('modules', m, 'items', i), message: `The item "${id}" is listed twice in module "${module.title}".` });
      seen.add(id);
      if (!framework) return;
      if (findItem(framework, id)) return;
      const theme = findTheme(framework, id);
      semantic.push({
        path: pointer('modules', m, 'items', i),
        message: theme
          ? `"${id}" is a theme, not an item: list the theme's behaviours and qualities the module covers.`
          : `${quote(id)} is not an item of the framework "${framework.id}".`,
      });
    });
  });
  if (framework && programme.framework.id !== framework.id) {
    semantic.push({ path: '/framework/id', message: `This programme is mapped to the framework ${quote(programme.framework.id)}, not "${framework.id}".` });
  }
  return semantic.length ? { ok: false, problems: semantic } : { ok: true, value: programme };
}

/** One item of the framework and the modules that cover it. */
export interface ItemCoverage {
  item: FrameworkItem;
  label: string;
  /** Ids of the modules that cover the item, in the programme's order. */
  modules: string[];
}

export interface ThemeCoverage {
  theme: Theme;
  /** False for a theme the framework gives no items for (Leading and visioning): nothing to cover. */
  hasItems: boolean;
  items: ItemCoverage[];
  /** Items of the theme that at least one module covers. */
  covered: number;
}

export interface ModuleCoverage {
  module: ProgrammeModule;
  /** The module's items in the framework's order (unknown ids left out). */
  items: Array<{ theme: Theme; item: FrameworkItem; label: string }>;
}

export interface ProgrammeCoverage {
  themes: ThemeCoverage[];
  modules: ModuleCoverage[];
  /** Items no module covers, in the framework's order. */
  uncovered: ItemCoverage[];
  /** Themes with no items in the framework. */
  themesWithoutItems: Theme[];
  /** Rated items in the framework, and how many at least one module covers. */
  total: number;
  covered: number;
}

/** What a programme covers of a framework. */
export function programmeCoverage(programme: Programme, framework: Framework): ProgrammeCoverage {
  const byItem = new Map<string, string[]>();
  for (const module of programme.modules) {
    for (const id of new Set(module.items)) byItem.set(id, [...(byItem.get(id) ?? []), module.id]);
  }
  const themes = framework.themes.map((theme): ThemeCoverage => {
    const items = themeItems(theme).map((item) => ({ item, label: itemLabel(item), modules: byItem.get(item.id) ?? [] }));
    return { theme, hasItems: items.length > 0, items, covered: items.filter((entry) => entry.modules.length).length };
  });
  const order = new Map(allItems(framework).map(({ item }, index) => [item.id, index]));
  const modules = programme.modules.map((module): ModuleCoverage => ({
    module,
    items: [...new Set(module.items)]
      .filter((id) => order.has(id))
      .sort((a, b) => order.get(a)! - order.get(b)!)
      .map((id) => {
        const { theme, item } = findItem(framework, id)!;
        return { theme, item, label: itemLabel(item) };
      }),
  }));
  const all = themes.flatMap((theme) => theme.items);
  return {
    themes,
    modules,
    uncovered: all.filter((entry) => !entry.modules.length),
    themesWithoutItems: themes.filter((theme) => !theme.hasItems).map((theme) => theme.theme),
    total: all.length,
    covered: all.filter((entry) => entry.modules.length).length,
  };
}

/** The programme with one item added to or removed from one module (a new object; the input is not changed). */
export function setModuleItem(programme: Programme, moduleId: string, itemId: string, covered: boolean, framework?: Framework): Programme {
  const order = framework ? new Map(allItems(framework).map(({ item }, index) => [item.id, index])) : undefined;
  return {
    ...programme,
    modules: programme.modules.map((module) => {
      if (module.id !== moduleId) return module;
      const items = module.items.filter((id) => id !== itemId);
      if (covered) items.push(itemId);
      if (order) items.sort((a, b) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity));
      return { ...module, items };
    }),
  };
}

/** The programme as the JSON file a designer downloads (two-space indented, with a final newline). */
export function programmeToJson(programme: Programme): string {
  return `${JSON.stringify(programme, null, 2)}\n`;
}

/** A file name for a downloaded programme map, e.g. `lpc-programme-kings-fund-collaborative-leadership.json`. */
export function programmeFileName(programme: Pick<Programme, 'id'>): string {
  const safe = programme.id.replace(/[^a-z0-9-]+/gi, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'programme';
  return `lpc-programme-${safe}.json`;
}
