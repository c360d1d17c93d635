/**
 * The accessibility statement's text, after the RGAA's model. It is a document, not code: kept
 * as one JSON file per language, emitted as hashed assets and fetched by its page in the
 * reader's language only, so that the app's JavaScript does not carry two copies of it.
 */
import type { Language } from '../i18n/i18n';
import enUrl from './statement.en.json?url';
import frUrl from './statement.fr.json?url';

export interface Statement {
  title: string;
  intro: string[];
  status: { heading: string; text: string };
  results: { heading: string; text: string };
  inaccessible: {
    heading: string;
    nonCompliantHeading: string;
    nonCompliantIntro: string;
    nonCompliant: string[];
    derogationsHeading: string;
    derogations: string;
    exemptHeading: string;
    exempt: string;
  };
  making: {
    heading: string;
    date: string;
    technologiesHeading: string;
    technologies: string[];
    environmentHeading: string;
    environment: string[];
    toolsHeading: string;
    tools: string[];
    pagesHeading: string;
    pages: string[];
    grid: string;
  };
  contact: { heading: string; text: string[] };
  remedies: { heading: string; text: string; ways: { text: string; href: string | null }[] };
}

const URLS: Record<Language, string> = { fr: frUrl, en: enUrl };

export async function loadStatement(language: Language): Promise<Statement> {
  const response = await fetch(URLS[language]);
  if (!response.ok) throw new Error(`statement: HTTP ${response.status}`);
  return (await response.json()) as Statement;
}
