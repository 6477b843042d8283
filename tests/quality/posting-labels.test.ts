import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { canonicalSkillName } from '../../lib/skills';
import { POSTING_LABELS, PUBLISHERS } from './posting-labels';
import { SHARED, sharedPath } from './read-labelled-postings';

const labelled = new Set(POSTING_LABELS.map((label) => label.file));

function filesOf(folder: string): string[] {
  return readdirSync(folder === 'seeds' ? `${SHARED}seeds` : `${SHARED}fixtures/${folder}`).sort();
}

describe('the hand-label table', () => {
  it('labels each file once, and every labelled file exists', () => {
    expect(labelled.size).toBe(POSTING_LABELS.length);
    for (const file of labelled) expect(existsSync(sharedPath(file)), file).toBe(true);
  });

  it('labels every file of every publisher but beta.gouv.fr, and every seed', () => {
    for (const { folder } of PUBLISHERS.filter((publisher) => publisher.folder !== 'beta.gouv.fr-jobs')) {
      for (const name of filesOf(folder)) expect(labelled.has(`${folder}/${name}`), `${folder}/${name}`).toBe(true);
    }
  });

  it('labels the beta.gouv.fr files at odd positions in name order, as its header says', () => {
    const odd = filesOf('beta.gouv.fr-jobs').filter((_, index) => index % 2 === 0);
    const labelledBeta = [...labelled].filter((file) => file.startsWith('beta.gouv.fr-jobs/')).map((file) => file.slice(18));
    expect(labelledBeta.sort()).toEqual(odd);
    expect(odd.length).toBeGreaterThanOrEqual(30);
  });

  it('labels at least 72 postings across all seven publishers', () => {
    expect(POSTING_LABELS.length).toBeGreaterThanOrEqual(72);
    const folders = new Set(POSTING_LABELS.map((label) => label.file.slice(0, label.file.indexOf('/'))));
    expect(readdirSync(`${SHARED}fixtures`).every((folder) => folders.has(folder))).toBe(true);
  });

  it('writes skills with the taxonomy names, and deadlines as ISO dates', () => {
    for (const label of POSTING_LABELS) {
      for (const skill of label.skills) expect(canonicalSkillName(skill) ?? skill, `${label.file}: ${skill}`).toBe(skill);
      const deadlines = Array.isArray(label.deadline) ? label.deadline : [label.deadline];
      for (const deadline of deadlines) if (deadline !== null) expect(deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });
});
