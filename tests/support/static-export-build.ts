import { setPriority } from 'node:os';
import { buildInto } from './static-export';

/**
 * `node --import tsx tests/support/static-export-build.ts <folder> <origin>`: the run's static
 * export, built by the browser project's global set-up in a process of its own while the first
 * suites run (tests/support/static-export-folder.ts), so the Vitest process, which also relays
 * every suite's Chromium commands, is never busy with it. At a lower priority (nice 10), so it
 * takes the time of a core the suites leave idle rather than time from their rows; a gesture a
 * row times (a double tap) is not slowed by a build beside it.
 */
setPriority(10);
const [root, origin] = process.argv.slice(2);
if (!root || !origin) throw new Error('usage: static-export-build.ts <folder> <origin>');
await buildInto(root, origin).catch(() => (process.exitCode = 1));
