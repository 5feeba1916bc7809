// `npm run content:check`: every content rule, in a second, without building the site.
// `--watch` re-checks whenever a file under content/ or public/ changes (npm run dev uses it).
import { watch } from 'node:fs';
import { checkContent } from '../lib/content/check-content';
import { formatReport } from '../lib/content/problems';

const root = process.cwd();

function runOnce(): boolean {
  const started = performance.now();
  const { problems, fileCount } = checkContent(root);
  const report = formatReport(problems, fileCount);
  const took = `(${Math.round(performance.now() - started)} ms)`;
  if (problems.length > 0) console.error(`\n${report}\n`);
  else console.log(`${report} ${took}`);
  return problems.length === 0;
}

if (process.argv.includes('--watch')) {
  runOnce();
  let timer: NodeJS.Timeout | undefined;
  for (const dir of ['content', 'public']) {
    watch(dir, { recursive: true }, () => {
      clearTimeout(timer);
      timer = setTimeout(runOnce, 150);
    });
  }
} else {
  process.exit(runOnce() ? 0 : 1);
}
