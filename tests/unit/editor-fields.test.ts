import type { ComponentSchema } from '@keystatic/core';
import { describe, expect, it } from 'vitest';
import { editorField, helpText, textValidation } from '@/lib/editor/fields';
import { postModel } from '@/lib/content-model/model';
import { siteSettingsSchema } from '@/lib/editor/site-fields';

const pictures = { directory: 'public/images/posts', publicPath: '/images/posts/' };

/** What the admin says when Save is pressed with this value in the field. */
function refusal(field: ComponentSchema, value: unknown): string | undefined {
  if (field.kind !== 'form') throw new Error('not a form field');
  try {
    Reflect.apply(field.validate, field, [value]);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe('the admin’s fields, made from the content model', () => {
  it('a required text keeps the model’s length: a short excerpt is refused', () => {
    const excerpt = editorField(postModel.excerpt, pictures);
    expect(refusal(excerpt, 'Too short.')).toMatch(/at least 40 characters/);
    expect(refusal(excerpt, 'x'.repeat(221))).toMatch(/no longer than 220 characters/);
    expect(refusal(excerpt, 'One or two sentences that make a reader want to open the post.')).toBe(
      undefined,
    );
  });

  it('an optional text may stay empty, but not be too short, in the content check’s words', () => {
    const source = editorField(postModel.source, pictures);
    expect(refusal(source, '')).toBe(undefined);
    expect(refusal(source, 'ab')).toBe('where the story comes from, at least 3 characters');
    expect(textValidation(postModel.source).length).toEqual({ max: 160 });
  });

  it('each tag follows the model’s pattern, and there are at most 6', () => {
    const tags = editorField(postModel.tags, pictures);
    if (tags.kind !== 'array') throw new Error('tags are not a list');
    expect(tags.validation?.length?.max).toBe(6);
    expect(refusal(tags.element, 'Web Performance')).toMatch(/lowercase letters and digits/);
    expect(refusal(tags.element, 'web-performance')).toBe(undefined);
  });

  it('help text is the model’s message and what the site shows when left empty', () => {
    expect(helpText(postModel.author)).toBe('The author’s name. Left empty: the company’s name.');
    expect(helpText(postModel.title)).toBe('A title.');
  });

  it('Site settings: the registered name and SSM number may stay empty until known', () => {
    for (const key of ['legalName', 'registrationNumber']) {
      const field = siteSettingsSchema[key];
      if (!field) throw new Error(`no ${key} in Site settings`);
      expect(refusal(field, ''), key).toBe(undefined);
      expect(refusal(field, '202601000042 (1234567-X)'), key).toBe(undefined);
    }
  });
});
