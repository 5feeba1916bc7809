import { getImageProps, type ImageProps } from 'next/image';

/**
 * next/image's sizing, srcset and lazy loading as a plain server-rendered <img>: the same markup
 * without shipping next/image's client component (about 6 KiB of gzip JavaScript on every page).
 */
export function StaticImage(props: ImageProps) {
  const { props: imgProps } = getImageProps(props);
  // eslint-disable-next-line jsx-a11y/alt-text, @next/next/no-img-element -- alt is required by ImageProps and passed through; the props come from next/image.
  return <img {...imgProps} />;
}
