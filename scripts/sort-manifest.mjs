// The analyzer lists modules in file-system order, which differs between machines and runs;
// sorting by path keeps custom-elements.json stable in git.
import { readFileSync, writeFileSync } from 'node:fs';

const file = process.argv[2] ?? 'custom-elements.json';
const manifest = JSON.parse(readFileSync(file, 'utf8'));
manifest.modules.sort((a, b) => a.path.localeCompare(b.path));
writeFileSync(file, JSON.stringify(manifest, null, 2) + '\n');
