// Assembles dist/starter, what `samling init` copies into a new project:
// the starter's own files (starter/) plus the library and the network data
// the repository's decks use. The package ships this folder, never the
// repository's decks/ (whose _data may hold a facilitator's real evaluations).
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const to = join(root, 'dist', 'starter');
rmSync(to, { recursive: true, force: true });
cpSync(join(root, 'starter'), to, { recursive: true });
mkdirSync(join(to, 'decks', '_data'), { recursive: true });
cpSync(join(root, 'decks', '_library'), join(to, 'decks', '_library'), { recursive: true });
cpSync(join(root, 'decks', '_data', 'networks.yaml'), join(to, 'decks', '_data', 'networks.yaml'));
