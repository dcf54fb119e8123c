/**
 * Exchange with the field's tools: epochs, Earth frames (EME2000, TEME,
 * Earth-fixed), CCSDS OEM and OMM, GeoJSON ground tracks. Pure functions,
 * text or plain objects out; the CLI writes the files, the app offers them.
 */
export * from '../orbit/epoch.ts';
export * from '../orbit/earthFrames.ts';
export * from './formationStates.ts';
export * from './oem.ts';
export * from './omm.ts';
export * from './groundTrack.ts';
export * from './scenarioExport.ts';
