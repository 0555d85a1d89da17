// The cap on a load-balancing run's requests. It applies to the real count the traffic shape makes
// (kernel/traffic.ts arrivalBound), not to rate × duration: a spike adds `rate` requests at one
// instant on top of the steady stream (20% more in a 5 s run). The lab's values become a TrafficSpec
// in lab-run.ts (labRequestBound), which also cuts a Poisson run at the bound.

/** The most requests one run may have, whatever the traffic shape (a link must not freeze the tab). */
export const MAX_LB_REQUESTS = 500_000;
