import { floorTolerant } from '../math.ts';

/**
 * Dense wavelength-division multiplexing: channels on an ITU-T G.694.1 grid
 * inside an optical amplifier band, limited by the received power.
 */

/**
 * Channels of a fixed DWDM grid that fit in a band, floor(B / spacing)
 * (ITU-T G.694.1), and at least one: a single carrier needs no grid. The
 * paper (section 4.2) fills half the C-band, 2.4 THz: 24 channels at 100 GHz
 * (24 x 400G = 9.6 Tbps), 32 at 75 GHz (12.8 Tbps).
 * @param bandHz usable amplifier band B, Hz
 * @param gridSpacingHz channel spacing, Hz
 * @returns channels (whole number >= 1)
 */
export function dwdmGridChannels(bandHz: number, gridSpacingHz: number): number {
  const channels = floorTolerant(bandHz / gridSpacingHz);
  return channels > 1 ? channels : 1;
}

/**
 * Wavelength channels a received power supports, min(grid, floor(P_R / P_s)):
 * each coherent channel needs the receiver sensitivity P_s (the paper: about
 * -20 dBm per 400G channel, so 0.24 mW for 24 channels).
 * @param receivedPowerW P_R, W
 * @param sensitivityW P_s per channel, W
 * @param gridChannels channels the grid offers
 * @returns channels (whole number, 0 to gridChannels)
 */
export function powerLimitedChannels(receivedPowerW: number, sensitivityW: number, gridChannels: number): number {
  const supported = floorTolerant(receivedPowerW / sensitivityW);
  return supported < gridChannels ? supported : gridChannels;
}
