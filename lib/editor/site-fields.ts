/**
 * The admin's "Site settings" form, made from the zod schema that checks content/site.json
 * (lib/site/schema.ts) through zod's JSON Schema export: every setting, its required/length/
 * pattern rules and its order come from there. Only the words an editor reads are added here.
 * What a form cannot hold (a real timezone, opening hours that do not overlap) the content check
 * reports in the admin's Problems band.
 */
import { fields, type ComponentSchema } from '@keystatic/core';
import { z } from 'zod';
import { siteSchema } from '../site/schema';
import { siteLabel } from './site-labels';

type Json = {
  type?: string;
  properties?: Record<string, Json>;
  required?: string[];
  items?: Json;
  enum?: string[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  pattern?: string;
  format?: string;
  additionalProperties?: boolean | Json;
};

const HELP: Record<string, string> = {
  phone:
    'An international number: "+", the country code, then the number, such as "+60 3 1234 5678".',
  legalName:
    'As registered with SSM, e.g. "Snynet Solution Sdn Bhd". Left empty: not shown (the company name is).',
  registrationNumber:
    'As on the SSM certificate, e.g. "202301012345 (1234567-A)". Left empty: not shown.',
  email: 'An email address such as "hello@snynet.com.my".',
  timezone: 'An IANA timezone such as "Asia/Kuala_Lumpur": opening hours and post dates follow it.',
  href: 'A path on this site starting with "/", such as "/contact" (social links: a full https:// address).',
  opens: 'A 24-hour time such as "09:00".',
  closes: 'A 24-hour time such as "17:30".',
  tagLabels: 'Edited in content/site.json, e.g. { "seo": "SEO" }.',
};

/**
 * `language`: set inside the Malay settings ("ms"), whose fields carry it in their labels so that
 * each is told apart from its English twin ("Tagline (Bahasa Malaysia)").
 */
function field(key: string, schema: Json, required: boolean, language = ''): ComponentSchema {
  const label = `${siteLabel(key)}${language}`;
  const description = HELP[key];
  if (schema.type === 'object' && schema.properties)
    return objectFields(schema, label, key === 'ms' ? ' (Bahasa Malaysia)' : language);
  if (schema.type === 'object') return fields.ignored();
  if (schema.type === 'array' && schema.items?.enum)
    return fields.multiselect({
      label,
      description,
      options: schema.items.enum.map((value) => ({ label: value, value })),
    });
  if (schema.type === 'array' && schema.items)
    return fields.array(field(key, schema.items, true, language), {
      label,
      description,
      itemLabel: (props) => ('fields' in props ? itemLabel(props.fields) : label),
      validation: { length: { min: schema.minItems } },
    });
  const pattern = schema.pattern
    ? {
        regex: new RegExp(schema.pattern),
        message: description ?? `${label}: check how it is written`,
      }
    : schema.format === 'uri'
      ? { regex: /^https?:\/\/\S+$/, message: 'a full web address starting with https://' }
      : undefined;
  return fields.text({
    label,
    description,
    multiline: (schema.maxLength ?? 0) > 120,
    validation: {
      isRequired: required,
      // Keystatic applies a minimum to an empty field too: an optional setting left empty is fine.
      length: { min: required ? schema.minLength : undefined, max: schema.maxLength },
      ...(pattern && { pattern }),
    },
  });
}

/** A list entry's name in the form: its label, or its first text. */
function itemLabel(entry: object): string {
  const values = Object.entries(entry).map(
    ([key, item]: [string, { value?: unknown }]) => [key, item.value] as const,
  );
  const first = values.find(([key]) => key === 'label')?.[1] ?? values[0]?.[1];
  return Array.isArray(first) ? first.join(', ') : String(first ?? 'New entry');
}

function objectFields(schema: Json, label: string, language: string) {
  return fields.object(properties(schema, language), { label });
}

function properties(schema: Json, language = ''): Record<string, ComponentSchema> {
  return Object.fromEntries(
    Object.entries(schema.properties ?? {}).map(([key, value]) => [
      key,
      field(key, value, schema.required?.includes(key) ?? false, language),
    ]),
  );
}

/** Every setting of content/site.json, in the file's order. */
export const siteSettingsSchema: Record<string, ComponentSchema> = properties(
  z.toJSONSchema(siteSchema, { io: 'input', unrepresentable: 'any' }) as Json,
);
