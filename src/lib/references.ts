/**
 * The works a post may cite, keyed by citation key. A post cites an entry as
 * `[@key]` and lists it with `<Bibliography />`. Keys are `firstauthorYEAR`,
 * lowercase, with a letter suffix when one author has two works in a year.
 */

/** One author, with the family name kept apart so lists can be sorted. */
export interface Author {
  given: string;
  family: string;
}

/** A citable work. Every field is required so that the list never shows a gap. */
export interface Reference {
  authors: Author[];
  year: number;
  title: string;
  /** arXiv identifier without the `arXiv:` prefix, e.g. `1701.07875`. */
  arxiv: string;
}

export const REFERENCES = {
  goodfellow2014: {
    authors: [
      { given: 'Ian J.', family: 'Goodfellow' },
      { given: 'Jean', family: 'Pouget-Abadie' },
      { given: 'Mehdi', family: 'Mirza' },
      { given: 'Bing', family: 'Xu' },
      { given: 'David', family: 'Warde-Farley' },
      { given: 'Sherjil', family: 'Ozair' },
      { given: 'Aaron', family: 'Courville' },
      { given: 'Yoshua', family: 'Bengio' },
    ],
    year: 2014,
    title: 'Generative Adversarial Networks',
    arxiv: '1406.2661',
  },
  arjovsky2017: {
    authors: [
      { given: 'Martin', family: 'Arjovsky' },
      { given: 'Soumith', family: 'Chintala' },
      { given: 'Léon', family: 'Bottou' },
    ],
    year: 2017,
    title: 'Wasserstein GAN',
    arxiv: '1701.07875',
  },
  gulrajani2017: {
    authors: [
      { given: 'Ishaan', family: 'Gulrajani' },
      { given: 'Faruk', family: 'Ahmed' },
      { given: 'Martin', family: 'Arjovsky' },
      { given: 'Vincent', family: 'Dumoulin' },
      { given: 'Aaron', family: 'Courville' },
    ],
    year: 2017,
    title: 'Improved Training of Wasserstein GANs',
    arxiv: '1704.00028',
  },
} as const satisfies Record<string, Reference>;

export type ReferenceKey = keyof typeof REFERENCES;

/** Reports whether `key` names an entry of `REFERENCES`. */
export function isReferenceKey(key: string): key is ReferenceKey {
  return Object.hasOwn(REFERENCES, key);
}

/** Joins the authors' full names with commas, as the reference list shows them. */
export function formatAuthors(authors: readonly Author[]): string {
  return authors.map((author) => `${author.given} ${author.family}`).join(', ');
}

/** The abstract page of an arXiv identifier. */
export function arxivUrl(arxiv: string): string {
  return `https://arxiv.org/abs/${arxiv}`;
}

/** One line of plain text for a reference: `Authors (year). Title. arXiv:id`. */
export function formatReference(reference: Reference): string {
  return `${formatAuthors(reference.authors)} (${reference.year}). ${reference.title}. arXiv:${reference.arxiv}`;
}
