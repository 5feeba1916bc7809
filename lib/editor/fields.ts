import { ADDRESS_PATTERN, ADDRESS_RULE } from '../content-model/address';
/**
 * The browser editor's form fields (keystatic.config.tsx), made from the one content model: each
 * FieldSpec becomes the Keystatic field of its kind with the same label, the content check's words
 * as help text, and the rules Keystatic can hold (required, length, pattern). What it cannot hold
 * (a cover's description required with a cover, "updated" not before "date", dead links) the
 * content check still reports in the dev terminal.
 */
import { fields } from '@keystatic/core';
import type { FieldSpec, Model } from '../content-model/model';

/** What a form says under a field: what is expected, and what the site shows if left empty. */
export function helpText(spec: FieldSpec): string {
  const expected = spec.message.charAt(0).toUpperCase() + spec.message.slice(1);
  return spec.ifEmpty ? `${expected}. Left empty: ${spec.ifEmpty}.` : `${expected}.`;
}

type TextValidation = {
  isRequired?: boolean;
  length?: { min?: number; max?: number };
  pattern?: { regex: RegExp; message: string };
};

/**
 * Keystatic applies a minimum length to an empty optional field too, so there the minimum is a
 * pattern that also accepts nothing, with the content check's message.
 */
export function textValidation(spec: FieldSpec): TextValidation {
  const length = spec.min === undefined ? '' : `at least ${spec.min} characters`;
  if (spec.required)
    return {
      isRequired: true,
      length: { min: spec.min, max: spec.max },
      ...(spec.pattern && { pattern: spec.pattern }),
    };
  if (spec.pattern)
    return {
      length: { max: spec.max },
      pattern: optional(spec.pattern.regex, spec.pattern.message),
    };
  if (spec.min === undefined) return { length: { max: spec.max } };
  return {
    length: { max: spec.max },
    pattern: optional(new RegExp(`^[\\s\\S]{${spec.min},}$`), `${spec.message}, ${length}`),
  };
}

function optional(regex: RegExp, message: string) {
  return { regex: new RegExp(`^$|${regex.source}`, regex.flags), message };
}

type Picture = { directory: string; publicPath: string };

/** One field of the form, for a spec of the model. */
export function editorField(spec: FieldSpec, picture: Picture) {
  const label = spec.label;
  const description = helpText(spec);
  switch (spec.kind) {
    case 'text':
      return fields.text({
        label,
        description,
        multiline: spec.multiline,
        validation: textValidation(spec),
      });
    case 'date':
      return fields.date({
        label,
        description,
        validation: { isRequired: spec.required },
        ...(spec.required && { defaultValue: { kind: 'today' } }),
      });
    case 'boolean':
      return fields.checkbox({
        label,
        description,
        defaultValue:
          spec.default !== undefined && 'value' in spec.default && spec.default.value === true,
      });
    case 'tags':
      return fields.array(
        fields.text({
          label: 'Tag',
          validation: { isRequired: true, ...(spec.pattern && { pattern: spec.pattern }) },
        }),
        {
          label,
          description,
          itemLabel: (props) => props.value || 'New tag',
          validation: {
            length: { min: spec.required ? Math.max(spec.min ?? 1, 1) : spec.min, max: spec.max },
          },
        },
      );
    case 'image':
      return fields.image({
        label,
        description,
        directory: picture.directory,
        publicPath: picture.publicPath,
        validation: { isRequired: spec.required },
      });
  }
}

/** The address field of a collection: the title, with the file name (the post's address) from it. */
export function titleAndAddress(spec: FieldSpec, address: { label: string; description: string }) {
  return fields.slug({
    name: { label: spec.label, description: helpText(spec), validation: textValidation(spec) },
    slug: {
      ...address,
      validation: {
        pattern: {
          regex: ADDRESS_PATTERN,
          message: `${ADDRESS_RULE}, like "my-first-post"`,
        },
      },
    },
  });
}

type Fields<M extends Model, E extends keyof M> = {
  [N in Exclude<keyof M, E>]: ReturnType<typeof editorField>;
};

/** Every field of a model but the one made the address field, in the model's order. */
export function editorFields<M extends Model, E extends keyof M>(
  model: M,
  picture: Picture,
  except: E,
): Fields<M, E> {
  const entries = Object.entries(model).filter(([name]) => name !== except);
  // Object.fromEntries cannot know the keys; they are the model's but `except`, as typed.
  return Object.fromEntries(
    entries.map(([name, spec]) => [name, editorField(spec, picture)]),
  ) as Fields<M, E>;
}
