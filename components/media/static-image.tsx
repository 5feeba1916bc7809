import { getImageProps, type ImageProps } from 'next/image';
import { preload } from 'react-dom';

type StaticImageProps = Omit<ImageProps, 'priority' | 'preload'> & {
  /** The page's largest picture: fetched from the <head> at high priority, never lazily. */
  priority?: boolean;
};

/**
 * next/image's sizing, srcset and lazy loading as a plain server-rendered <img>: the same markup
 * without shipping next/image's client component to every page.
 * getImageProps leaves preloading to that client component, so a priority image is preloaded
 * here; otherwise the browser finds it only after the stylesheet, late for the largest paint.
 */
export function StaticImage({ priority = false, ...props }: StaticImageProps) {
  const { props: imgProps } = getImageProps({
    ...props,
    loading: priority ? 'eager' : props.loading,
    fetchPriority: priority ? 'high' : props.fetchPriority,
  });
  if (priority && imgProps.src) {
    preload(imgProps.src, {
      as: 'image',
      fetchPriority: 'high',
      imageSrcSet: imgProps.srcSet,
      imageSizes: imgProps.sizes,
    });
  }
  // eslint-disable-next-line jsx-a11y/alt-text, @next/next/no-img-element -- alt is required by ImageProps and passed through; the props come from next/image.
  return <img {...imgProps} />;
}
