import { stationKeepingErrorSeries } from '@solstice/core';
import { answerScenarioRequests } from './answerScenarioRequests.ts';
import type { StationKeepingRequest, StationKeepingResponse } from './stationKeepingProtocol.ts';

/**
 * The controlled cluster off the main thread (seconds of integration): core's
 * `stationKeepingErrorSeries`, the run `solstice formation --control` makes,
 * every satellite's position error sampled every 5 minutes.
 */
answerScenarioRequests<StationKeepingRequest, StationKeepingResponse>((scenario, { days }) => ({ series: stationKeepingErrorSeries(scenario, days) }));
