import { describe, expect, it } from 'vitest';
import { indexFields } from '../../lib/postings/front-matter-fields';

describe('indexFields', () => {
  it('finds the first synonym of the table that has a value, whatever the order of the keys', () => {
    const fields = indexFields({ company: 'Acme', startup: 'Tchap', titre: 'Dev' });
    expect(fields.find('organization')).toEqual({ key: 'startup', value: 'Tchap' });
    expect(fields.find('title')).toEqual({ key: 'titre', value: 'Dev' });
  });

  it('skips empty values and reads keys folded, with spaces and hyphens as underscores', () => {
    const fields = indexFields({ Title: '', 'Job-Title': 'Dev', 'Translation Key': 'dev-1', 'post date': null });
    expect(fields.find('title')).toEqual({ key: 'job_title', value: 'Dev' });
    expect(fields.find('translationKey')).toEqual({ key: 'translation_key', value: 'dev-1' });
    expect(fields.find('postedAt')).toBeUndefined();
    expect(fields.get('post_date')).toBeNull();
  });

  it('keeps the first of two keys that read the same', () => {
    expect(indexFields({ Title: 'Premier', title: 'Second' }).find('title')?.value).toBe('Premier');
  });

  it('gives every synonym present in the table order, empty strings included', () => {
    expect(indexFields({ skills: ['Go'], techno: 'Python', stack: '', technos: null }).findAll('skills')).toEqual(['Python', ['Go'], '']);
  });
});
