/**
 * Command-line extractor: prints an article's timeline (or its temporal expressions) as JSON on
 * stdout, so other tools can use Dateline without the app.
 *
 *   npm run --silent extract -- <article file> [--published YYYY-MM-DD] [--format json|timex|timeml]
 */
import { extractCommand } from './extract-command';

const { code, out, err } = extractCommand(process.argv.slice(2));
process.stdout.write(out);
process.stderr.write(err);
process.exitCode = code;
