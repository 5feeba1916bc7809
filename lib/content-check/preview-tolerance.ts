/**
 * Which content problems a preview build (SITE_PREVIEW=1) can show rather than stop on: the page
 * still renders with them (a dead link, a missing picture, a short excerpt). A post with any
 * other problem is left out of the preview and listed; anything else stops the build, as a
 * production build stops on every problem.
 */
import { CONTENT_DIR } from '../settings';
import type { FieldSpec, Model } from '../content-model/model';
import type { ContentProblem } from '../problems/problems';

/** Whether contentlayer2 still reads a field with this problem, the default or the value as is. */
export function fieldProblemRenders(model: Model, data: Record<string, unknown>, field: string) {
  const spec: FieldSpec | undefined = model[field];
  if (!spec) return false;
  const value = data[field];
  if (value === undefined || value === null) return spec.required !== true;
  switch (spec.kind) {
    case 'text':
      return typeof value === 'string';
    case 'image':
      return typeof value === 'string' && value.startsWith('/');
    case 'tags':
      return Array.isArray(value) && value.every((tag) => typeof tag === 'string');
    default:
      return false;
  }
}

const isPostFile = (file: string) => file.startsWith(`${CONTENT_DIR}/posts/`);

export type PreviewOutcome = {
  /** Posts with a problem their page cannot render with: the preview builds without them. */
  leftOut: string[];
  /** Problems no preview can build with (site.json, a fixed page): the build stops. */
  stops: ContentProblem[];
};

export function previewOutcome(problems: readonly ContentProblem[]): PreviewOutcome {
  const blocking = problems.filter((p) => !p.renders);
  return {
    leftOut: [...new Set(blocking.filter((p) => isPostFile(p.file)).map((p) => p.file))],
    stops: blocking.filter((p) => !isPostFile(p.file)),
  };
}

/**
 * contentlayer2's `contentDirExclude` for this build: in a preview, the posts the content check
 * found it cannot render (problems-file.ts), as paths inside the content folder.
 */
export function leftOutOfPreview(report: { leftOut: readonly string[] } | undefined): string[] {
  return (report?.leftOut ?? [])
    .filter(isPostFile)
    .map((file) => file.slice(CONTENT_DIR.length + 1));
}
