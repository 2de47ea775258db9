/** Fitting the schedule to the learner: history → items, judging parameter sets, review-history CSV. */
export * from './history';
export * from './metrics';
export * from './revlog-csv';
