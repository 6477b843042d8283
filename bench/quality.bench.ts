/**
 * Reading quality against hand labels (tests/quality/posting-labels.ts): per field, the share of
 * labelled postings read right, per publisher and per group of issue #12 (beta.gouv.fr, the
 * others); skills as micro-averaged precision, recall and F1. Then every wrong reading, the list
 * to work from. Not a timing: the figures are the same on any machine.
 */
import { GROUPS, measureQuality, type QualityFigures } from '../tests/quality/quality-report';
import { SCORED_FIELDS } from '../tests/quality/score-postings';
import { round, type Benchmark, type BenchRow } from './support/benchmark';

/** Short column names: the publisher folders are long. */
function columnName(folder: string): string {
  return folder.replace(/-jobs$/, '').replace(/^.*\+/, '');
}

function rows(columns: ReadonlyArray<[string, QualityFigures]>): BenchRow[] {
  const row = (name: string, value: (figures: QualityFigures) => number): BenchRow => ({
    measure: name,
    ...Object.fromEntries(columns.map(([column, figures]) => [column, round(value(figures))])),
  });
  return [
    row('postings', (figures) => figures.postings),
    ...SCORED_FIELDS.map((field) => row(field, (figures) => figures.accuracy[field])),
    row('skills precision', (figures) => figures.skills.precision),
    row('skills recall', (figures) => figures.skills.recall),
    row('skills F1', (figures) => figures.skills.f1),
    // Issue #12: a seeker whose skills are exactly a posting's labelled ones reads at least 80 %.
    row('exact seeker: postings', (figures) => figures.exactSeeker.postings),
    row('exact seeker: ≥ 80 %', (figures) => figures.exactSeeker.atLeast80),
    row('exact seeker: 100 %', (figures) => figures.exactSeeker.full),
  ];
}

const benchmark: Benchmark = {
  name: 'quality',
  async run() {
    const report = measureQuality();
    console.log('Wrong readings (file, field, expected, got):');
    for (const wrong of report.wrongFields) {
      console.log(`  ${wrong.file} | ${wrong.field} | expected: ${wrong.expected} | got: ${wrong.got}`);
    }
    console.log('\nSkills read wrong (missed: in the label, not read; extra: read, not in the label):');
    for (const wrong of report.wrongSkills) {
      console.log(`  ${wrong.file}\n    missed: ${wrong.missed.join(', ') || '-'}\n    extra: ${wrong.extra.join(', ') || '-'}`);
    }
    console.log('\nPer publisher and group (share of postings read right; skills micro-averaged):');
    const columns: Array<[string, QualityFigures]> = [
      ...[...report.byPublisher].map(([folder, figures]): [string, QualityFigures] => [columnName(folder), figures]),
      ...GROUPS.map((group): [string, QualityFigures] => [`group: ${group}`, report.byGroup.get(group)!]),
    ];
    return rows(columns);
  },
};

export default benchmark;
