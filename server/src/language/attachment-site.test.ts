import { describe, expect, it } from 'vitest';
import { loadCatalog } from '#shared/anatomy/load-catalog';
import { findAttachmentSite } from './attachment-site.js';
import { indexCatalog } from './catalog-index.js';
import { tokenize } from './tokenize.js';

const index = indexCatalog(loadCatalog());
const site = (text: string) =>
  findAttachmentSite(tokenize(text), index.catalog.muscles, index.lexicon);

describe('findAttachmentSite', () => {
  it('should find the longest place the attachment texts name, with its muscles', () => {
    const crest = site('which muscles attach to the iliac crest');
    expect(crest?.phrase).toBe('iliac crest');
    expect(crest?.arising.map((m) => m.id)).toContain('tensor-fasciae-latae');
    expect(crest?.inserting.map((m) => m.id)).toContain('external-oblique');
    expect(site('whats attached to the spine of the scapula')?.phrase).toBe('spine of the scapula');
    expect(site('what arises from the medial epicondyle')?.arising.map((m) => m.id)).toContain(
      'pronator-teres',
    );
  });

  it('should find nothing without an attachment word, or for a name or a whole bone', () => {
    expect(site('show me the iliac crest')).toBeNull();
    expect(site('where does the biceps attach')).toBeNull();
    expect(site('what attaches to the humerus')).toBeNull();
    // A head of a muscle, not a place.
    expect(site('where does the long head attach')).toBeNull();
    expect(site('where does its lateral head originate')).toBeNull();
    expect(site('which muscles attach to the head of the fibula')?.phrase).toBe(
      'head of the fibula',
    );
  });
});
