import { describe, expect, it } from 'vitest';
import { judgeAgainstPeer, ratioTargetText } from '../../bench/lib/result';
import { benchmarksMarkdown } from '../../bench/write-doc';

describe('judgeAgainstPeer', () => {
  it('meets an at-most target on the ratio, whatever the absolute times', () => {
    // 3,000 ms is far over a 1,000 ms budget, but only 2.5 × a slow machine's blank page.
    expect(judgeAgainstPeer(3000, 1200, { atMost: 3 })).toEqual({
      ratio: 2.5,
      met: true,
      metBy: 'ratio',
    });
    // 400 ms is fast, but 4 × a fast machine's blank page.
    expect(judgeAgainstPeer(400, 100, { atMost: 3 })).toEqual({
      ratio: 4,
      met: false,
      metBy: 'ratio',
    });
  });

  it('meets at exactly the bound and judges the unrounded ratio', () => {
    expect(judgeAgainstPeer(130, 100, { atMost: 1.3 }).met).toBe(true);
    // 1.3004 rounds to 1.3 for the document but is over the bound.
    const over = judgeAgainstPeer(130.04, 100, { atMost: 1.3 });
    expect(over.ratio).toBe(1.3);
    expect(over.met).toBe(false);
  });

  it('meets an at-least target for throughputs', () => {
    expect(judgeAgainstPeer(460, 646, { atLeast: 0.7 }).met).toBe(true);
    expect(judgeAgainstPeer(320, 646, { atLeast: 0.7 })).toEqual({
      ratio: 0.5,
      met: false,
      metBy: 'ratio',
    });
  });

  it('never meets a figure that was not measured or has no usable peer', () => {
    expect(judgeAgainstPeer(null, 100, { atMost: 2 })).toEqual({
      ratio: null,
      met: false,
      metBy: 'ratio',
    });
    expect(judgeAgainstPeer(50, null, { atMost: 2 }).met).toBe(false);
    expect(judgeAgainstPeer(50, 0, { atMost: 2 }).met).toBe(false);
    expect(judgeAgainstPeer(Number.NaN, 10, { atMost: 2 }).met).toBe(false);
    expect(judgeAgainstPeer(10, Number.NaN, { atLeast: 0.5 }).met).toBe(false);
  });

  it('states the target it judges', () => {
    expect(ratioTargetText({ atMost: 1.3 })).toBe('≤ 1.3 × peer');
    expect(ratioTargetText({ atLeast: 0.7 })).toBe('≥ 0.7 × peer');
  });
});

describe('benchmarksMarkdown', () => {
  it('shows the machine, the date, both figures with the ratio and what met was judged on', () => {
    const text = benchmarksMarkdown(
      {
        machine: { cpus: 2, model: 'AMD EPYC', memGiB: 8, os: 'Linux 6.1', node: 'v20.20.2' },
        date: '2026-12-06T09:00:00.000Z',
        durationSeconds: 600,
        versions: { pdfmake: '0.3.11' },
        notes: [],
        results: [
          {
            name: 'cold start',
            value: 2296,
            unit: 'ms',
            peer: 'blank page',
            peerValue: 425,
            target: '≤ 3 × peer',
            ...judgeAgainstPeer(2296, 425, { atMost: 3 }),
          },
        ],
      },
      'bench-results/latest.json',
    );
    expect(text).toContain('Run of 2026-12-06 on 2 × AMD EPYC');
    expect(text).toContain(
      '| cold start | 2,296 ms | blank page: 425 ms | 5.4 × | ≤ 3 × peer | no (ratio) |',
    );
  });
});
