import { describe, expect, it } from 'vitest';
import { momentAt, nextEventAt } from './moment.ts';
import { presetConfigs } from './presets.ts';
import { simulateCall } from './simulate.ts';

describe('the picture at a moment', () => {
  it('shows both forks in flight at once, then who answered and who timed out', () => {
    const run = simulateCall({ ...presetConfigs['dubbo-forking-2'], fault: 'slow-provider' });
    const lastSend = run.events.findLastIndex((e) => e.code === 'send');
    expect(momentAt(run, lastSend).providers).toEqual(['picked', 'idle', 'picked']);
    expect(momentAt(run, run.events.length - 1).providers).toEqual(['tried', 'idle', 'answered']);
  });

  it('marks a dropped connection and counts events per layer up to the moment', () => {
    const run = simulateCall({ ...presetConfigs['dubbo-defaults'], fault: 'connection-dropped' });
    const end = momentAt(run, run.events.length - 1);
    expect(end.providers.filter((p) => p === 'down')).toHaveLength(1);
    expect(end.answered).toBe(true);
    expect(momentAt(run, 0).stageCounts.proxy).toBe(1);
    expect(momentAt(run, 0).stageCounts.service).toBe(0);
  });

  it('finds the next event of a layer after the moment, wrapping to the first', () => {
    const run = simulateCall(presetConfigs['dubbo-defaults']);
    const lb = nextEventAt(run, 'loadbalance', 0);
    expect(run.events[lb]?.code).toBe('pick');
    expect(nextEventAt(run, 'loadbalance', lb)).toBe(lb);
    expect(nextEventAt(simulateCall({ ...presetConfigs['dubbo-defaults'], fault: 'no-provider' }), 'service', 0)).toBe(-1);
  });
});
