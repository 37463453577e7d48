import { en } from './en';
import type { Language } from './languages';
import { pl, type Messages } from './pl';

export const messages: Record<Language, Messages> = { pl, en };
