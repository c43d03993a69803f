import { MilestoneAttainment, milestoneTable } from '../../../scripts/simulate/milestones';
import { MINUTE } from '../../../scripts/simulate/model';
import {
  MilestoneTargets,
  type ServiceLevelMetadata
} from '../../../scripts/service-levels/targets';

function targets(): MilestoneTargets {
  const item = (milestone: string, team: string, minutes: number) => ({
    milestone,
    team,
    minutes,
    warningAlerts: [],
    violationAlerts: ['X']
  });
  const metadata: ServiceLevelMetadata = {
    processes: [
      {
        name: 'Standard_Chat',
        file: 'standard_chat',
        items: [item('First_Response', 'ECOMMERCE', 1), item('Resolution', 'ECOMMERCE', 30)]
      },
      {
        name: 'HNW_Chat',
        file: 'hnw_chat',
        items: [item('First_Response', 'ECOMMERCE', 1), item('Resolution', 'ECOMMERCE', 10)]
      }
    ],
    milestoneTypes: new Set(['First_Response', 'Resolution']),
    alerts: new Map()
  };
  return new MilestoneTargets(metadata);
}

describe('MilestoneAttainment', () => {
  it('Given targets by segment, when contacts end, then each counts against its own segment', () => {
    const m = new MilestoneAttainment(targets());
    m.record('ECOMMERCE', 'chat', 'STANDARD', 30_000, 20 * MINUTE); // both met
    m.record('ECOMMERCE', 'chat', 'HNW', 30_000, 20 * MINUTE); // resolution missed: HNW is 10 min
    m.record('ECOMMERCE', 'chat', 'STANDARD', 2 * MINUTE, 25 * MINUTE); // first response missed
    m.record('ECOMMERCE', 'chat', 'STANDARD', -1, -1); // never answered: both missed
    expect(m.rows()).toEqual([
      { team: 'ECOMMERCE', channel: 'chat', contacts: 4, firstResponse: 0.5, resolution: 0.5 }
    ]);
  });

  it('Given no targets, then nothing is counted and the table is empty', () => {
    const m = new MilestoneAttainment(null);
    m.record('ECOMMERCE', 'chat', 'STANDARD', 0, 0);
    expect(m.rows()).toEqual([]);
    expect(milestoneTable([], [])).toBe('');
  });

  it('Then the table shows baseline -> routed per team and channel', () => {
    const row = { team: 'HNW' as const, channel: 'phone' as const, contacts: 3 };
    const table = milestoneTable(
      [{ ...row, firstResponse: 0.5, resolution: 0.25 }],
      [{ ...row, firstResponse: 1, resolution: 0.75 }]
    );
    expect(table).toContain('| HNW | phone | 3 | 50.0% -> 100.0% | 25.0% -> 75.0% |');
  });
});
