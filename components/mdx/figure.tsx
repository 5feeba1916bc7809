import { StaticImage } from '@/components/media/static-image';

export type FigureProps = {
  src: string;
  alt: string;
  width: string | number;
  height: string | number;
  caption?: string;
};

/** A sized, optimised image with an optional caption; sizes come as text from MDX. */
export function Figure({ src, alt, width, height, caption }: FigureProps) {
  return (
    <figure className="my-8">
      <StaticImage
        src={src}
        alt={alt}
        width={Number(width)}
        height={Number(height)}
        sizes="(min-width: 768px) 768px, 100vw"
        className="w-full rounded-lg"
      />
      {caption && (
        <figcaption className="mt-2 text-center text-sm text-slate-600 dark:text-slate-400">
          {caption}
        </figcaption>
      )}
    </figure>
  );
}
