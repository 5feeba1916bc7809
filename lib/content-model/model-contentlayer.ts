import type { FieldDef } from 'contentlayer2/source-files';
import { resolveDefault, type FieldSpec, type Model, type SiteDefaults } from './model';

/**
 * contentlayer2's `fields` for a model. Dates stay strings: contentlayer's date type would turn
 * a calendar day into an instant at midnight UTC, which the site would have to turn back. The
 * content check runs first and refuses what these plain types would let through.
 */
export function contentlayerFields(model: Model, site: SiteDefaults): Record<string, FieldDef> {
  return Object.fromEntries(
    Object.entries(model).map(([name, spec]) => [name, contentlayerField(spec, site)]),
  );
}

function contentlayerField(spec: FieldSpec, site: SiteDefaults): FieldDef {
  const fallback = spec.default === undefined ? undefined : resolveDefault(spec.default, site);
  const common = {
    required: spec.required === true,
    description: spec.ifEmpty ? `${spec.message}; left out: ${spec.ifEmpty}` : spec.message,
  };
  switch (spec.kind) {
    case 'boolean':
      return {
        ...common,
        type: 'boolean',
        ...(typeof fallback === 'boolean' ? { default: fallback } : {}),
      };
    case 'tags':
      return {
        ...common,
        type: 'list',
        of: { type: 'string' },
        ...(typeof fallback === 'object' ? { default: fallback } : {}),
      };
    case 'text':
    case 'date':
    case 'image':
      return {
        ...common,
        type: 'string',
        ...(typeof fallback === 'string' ? { default: fallback } : {}),
      };
  }
}
