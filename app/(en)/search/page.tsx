import type { Metadata } from 'next';
import { SearchView, searchMetadata } from '@/components/views/search-view';

export function generateMetadata(): Metadata {
  return searchMetadata('en');
}

export default function SearchPage() {
  return <SearchView locale={'en'} />;
}
