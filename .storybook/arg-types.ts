/**
 * Storybook's argTypes for an element, built from the public API in custom-elements.json.
 *
 * Storybook's own reader lists every member of the manifest, private `#fields` and protected state
 * included, and gives an attribute and its property two rows. Designers read the Controls panel as
 * the element's API, so here: one row per attribute (keyed by its property, which is what the
 * stories' args and Storybook's default render set), public properties without an attribute,
 * events, slots, CSS parts and CSS properties. Private, protected, static members and methods never
 * appear. No DOM: the Node test reads the same function.
 */

interface ManifestType { text?: string }
interface ManifestMember {
  kind?: string;
  name: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  attribute?: string;
  type?: ManifestType;
  default?: string;
  description?: string;
}
interface ManifestAttribute { name: string; fieldName?: string; type?: ManifestType; default?: string; description?: string }
interface ManifestNamed { name: string; description?: string; type?: ManifestType }
export interface ManifestDeclaration {
  tagName?: string;
  members?: ManifestMember[];
  attributes?: ManifestAttribute[];
  events?: ManifestNamed[];
  slots?: ManifestNamed[];
  cssParts?: ManifestNamed[];
  cssProperties?: ManifestNamed[];
}
export interface Manifest { modules?: Array<{ declarations?: ManifestDeclaration[] }> }

export interface ArgType {
  name: string;
  description?: string;
  type?: { name: string; value?: string[]; required?: boolean };
  control?: false | { type: string };
  options?: string[];
  action?: string;
  table: { category?: string; disable?: boolean; type?: { summary?: string }; defaultValue?: { summary?: string } };
}

export function declarationOf(manifest: Manifest, tagName: string): ManifestDeclaration | undefined {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) if (declaration.tagName === tagName) return declaration;
  }
  return undefined;
}

/** A member a page may use: not `#private`, not protected or private, not static. */
export function isPublicMember(member: ManifestMember): boolean {
  return !member.name.startsWith('#') && (member.privacy ?? 'public') === 'public' && !member.static;
}

/** A control for a TypeScript type as the manifest prints it, or none for objects and functions. */
function controlFor(typeText: string | undefined): Pick<ArgType, 'type' | 'control' | 'options'> {
  const parts = (typeText ?? '').split('|').map((part) => part.trim()).filter((part) => part && part !== 'undefined' && part !== 'null');
  if (parts.length === 1 && parts[0] === 'boolean') return { type: { name: 'boolean' }, control: { type: 'boolean' } };
  if (parts.length === 1 && parts[0] === 'number') return { type: { name: 'number' }, control: { type: 'number' } };
  if (parts.length === 1 && parts[0] === 'string') return { type: { name: 'string' }, control: { type: 'text' } };
  if (parts.length > 0 && parts.every((part) => /^'[^']*'$|^"[^"]*"$/.test(part))) {
    const options = parts.map((part) => part.slice(1, -1));
    return { type: { name: 'enum', value: options }, control: { type: options.length <= 4 ? 'inline-radio' : 'select' }, options };
  }
  return { type: { name: 'other' }, control: false };
}

function summary(type: ManifestType | undefined): { summary?: string } | undefined {
  return type?.text ? { summary: type.text } : undefined;
}

function eventArgName(event: string): string {
  const camel = event.replace(/[-_:.\s]+(.)?/g, (_match, chr: string | undefined) => (chr ? chr.toUpperCase() : ''));
  return `on${camel.charAt(0).toUpperCase()}${camel.slice(1)}`;
}

/** The argTypes of one element, or an empty object when the manifest does not know it. */
export function argTypesFromManifest(manifest: Manifest, tagName: string): Record<string, ArgType> {
  const declaration = declarationOf(manifest, tagName);
  if (!declaration) return {};
  const members = (declaration.members ?? []).filter((member) => member.kind === 'field' && isPublicMember(member));
  const memberByName = new Map(members.map((member) => [member.name, member]));
  const argTypes: Record<string, ArgType> = {};

  for (const attribute of declaration.attributes ?? []) {
    const field = attribute.fieldName ? memberByName.get(attribute.fieldName) : undefined;
    if (attribute.fieldName && !field) continue; // an attribute of a private field is not API
    const key = attribute.fieldName ?? attribute.name;
    const type = attribute.type ?? field?.type;
    argTypes[key] = {
      name: attribute.name,
      description: attribute.description ?? field?.description,
      ...controlFor(type?.text),
      table: { category: 'attributes', type: summary(type), defaultValue: { summary: attribute.default ?? field?.default } },
    };
  }
  for (const member of members) {
    if (member.name in argTypes || member.attribute) continue;
    // Objects (frameworks, responses, storage) are set by the page in code: listed, no control.
    const control = member.readonly ? { control: false as const, type: { name: 'other' } } : controlFor(member.type?.text);
    argTypes[member.name] = {
      name: member.name,
      description: member.description,
      ...control,
      table: { category: member.readonly ? 'read-only properties' : 'properties', type: summary(member.type), defaultValue: { summary: member.default } },
    };
  }
  for (const event of declaration.events ?? []) {
    if (!event.name) continue;
    argTypes[eventArgName(event.name)] = { name: eventArgName(event.name), action: event.name, table: { disable: true } };
    argTypes[`event:${event.name}`] = { name: event.name, description: event.description, control: false, table: { category: 'events', type: summary(event.type) } };
  }
  const listed: Array<[keyof ManifestDeclaration, string, string]> = [
    ['slots', 'slots', 'slot'],
    ['cssParts', 'css shadow parts', 'part'],
    ['cssProperties', 'css custom properties', 'css'],
  ];
  for (const [field, category, prefix] of listed) {
    for (const entry of (declaration[field] as ManifestNamed[] | undefined) ?? []) {
      argTypes[`${prefix}:${entry.name || 'default'}`] = { name: entry.name || '(default)', description: entry.description, control: false, table: { category } };
    }
  }
  return argTypes;
}
