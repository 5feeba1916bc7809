import { z } from 'zod';
import { imagePath } from './image-path-field';
import { pageModel, postModel, type FieldSpec, type Model } from '../../content-model/model';

/**
 * What each frontmatter field may hold, derived from the model (model.ts). The messages are the
 * "expected" half of a content problem, built from the field's own message and constraints.
 */
export type FieldRule = {
  schema: z.ZodType;
  /** Must be given: neither optional nor filled in by a default. */
  required: boolean;
  example: string;
  requiredWith: string | undefined;
  notBefore: string | undefined;
  /** What the site shows in place of a default, when the field has one. */
  defaultShown: string | undefined;
};
export type FieldRules = Record<string, FieldRule>;

const isoDay = (what: string) =>
  z
    .string(what)
    .regex(/^\d{4}-\d{2}-\d{2}$/, what)
    .refine(
      (v) =>
        !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
        new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
      `a real calendar date written YYYY-MM-DD`,
    );

function text(spec: FieldSpec): z.ZodType {
  const what = spec.message;
  let schema = z.string(`${what} (text)`).trim();
  if (spec.min !== undefined)
    schema = schema.min(spec.min, `${what}, at least ${spec.min} characters`);
  if (spec.max !== undefined)
    schema = schema.max(spec.max, `${what}, at most ${spec.max} characters`);
  if (spec.pattern) schema = schema.regex(spec.pattern.regex, spec.pattern.message);
  return schema;
}

function tags(spec: FieldSpec): z.ZodType {
  const tag = spec.pattern
    ? z.string().regex(spec.pattern.regex, spec.pattern.message)
    : z.string();
  let schema = z.array(tag, spec.message);
  if (spec.min !== undefined) schema = schema.min(spec.min, `at least ${spec.min} tags`);
  if (spec.max !== undefined) schema = schema.max(spec.max, `at most ${spec.max} tags`);
  return schema;
}

function schemaOf(name: string, spec: FieldSpec): z.ZodType {
  switch (spec.kind) {
    case 'text':
      return text(spec);
    case 'date':
      return isoDay(spec.message);
    case 'boolean':
      return z.boolean(spec.message);
    case 'tags':
      return tags(spec);
    case 'image':
      return imagePath(name, spec.message);
  }
}

export function fieldRules(model: Model): FieldRules {
  return Object.fromEntries(
    Object.entries(model).map(([name, spec]) => [
      name,
      {
        schema: schemaOf(name, spec),
        required: spec.required === true,
        example: spec.example,
        requiredWith: spec.requiredWith,
        notBefore: spec.notBefore,
        defaultShown: spec.default ? spec.ifEmpty : undefined,
      },
    ]),
  );
}

export const POST_FIELDS: FieldRules = fieldRules(postModel);
export const PAGE_FIELDS: FieldRules = fieldRules(pageModel);
