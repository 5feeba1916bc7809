/**
 * The admin's "Redirects" page: content/redirects.json, old address → new, which the server
 * answers with a permanent redirect (next.config.ts) and the static export with _redirects and
 * a page that forwards. The content check reports one that loops or leads to no page.
 */
import { fields } from '@keystatic/core';
import { SITE_PATH } from '../site/redirect-path';
import { siteLabel } from './site-labels';

const address = (label: string, description: string) =>
  fields.text({
    label,
    description,
    validation: {
      isRequired: true,
      pattern: {
        regex: SITE_PATH,
        message: 'an address of this site starting with "/", like /blog/my-post',
      },
    },
  });

export const redirectsSchema = {
  redirects: fields.array(
    fields.object({
      from: address(
        siteLabel('from'),
        'The address that no longer has a page, e.g. /blog/old-post-name.',
      ),
      to: address(siteLabel('to'), 'The page it moved to, e.g. /blog/new-post-name.'),
    }),
    {
      label: siteLabel('redirects'),
      description:
        'When you rename or delete a post, add its old address here and the page that replaces it: visitors and search engines following old links land there.',
      itemLabel: (props) => `${props.fields.from.value || '…'} → ${props.fields.to.value || '…'}`,
    },
  ),
};
