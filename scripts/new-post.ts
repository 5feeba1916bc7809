// `npm run new:post -- "Title of the post"`: creates content/posts/<slug>.mdx, ready to edit.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDayIn } from '../lib/calendar-day.mjs';
import { newPostSource, slugify } from '../lib/content/new-post';
import { site } from '../lib/site';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error(
    'Give the post a title: npm run new:post -- "How we moved a law firm to Microsoft 365"',
  );
  process.exit(1);
}
const slug = slugify(title);
if (!slug) {
  console.error(
    `"${title}" has no letters or digits to make an address from. Use a title with words in it.`,
  );
  process.exit(1);
}
const file = join('content', 'posts', `${slug}.mdx`);
if (existsSync(file)) {
  console.error(`${file} already exists. Choose another title, or open that file to edit it.`);
  process.exit(1);
}
const today = calendarDayIn(site.timezone);
writeFileSync(file, newPostSource(title, today));
console.log(`Created ${file}

Next steps:
  1. npm run dev, then open http://localhost:3000/blog/${slug} (drafts show only there)
  2. Write the post; replace the excerpt, tags and cover (see CONTENT.md)
  3. Remove "draft: true" when it is ready, then commit the file`);
