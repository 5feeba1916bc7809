'use client';
import { makePage } from '@keystatic/next/ui/app';
import config from '@/keystatic.config';

/** Keystatic's whole admin app: a client component, loaded on /keystatic only. */
export const KeystaticAdmin = makePage(config);
