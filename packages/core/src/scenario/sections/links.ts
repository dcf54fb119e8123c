import { z } from 'zod';
import { quantity } from '../quantity.ts';
import { linkReferenceValue } from '../../referenceData.ts';

/**
 * `links`: the optical inter-satellite links and the cluster network (defaults:
 * the paper's section 4.2 and Eq. 1).
 */
export const linksSection = z
  .strictObject({
    terminalsPerSatellite: z
      .union([z.literal(4), z.literal(8)])
      .default(4)
      .describe('Optical terminals per satellite: 4 link the lattice neighbours, 8 add the diagonal ones.'),
    apertureDiameterM: quantity({
      unit: 'm',
      min: 0.001,
      max: 10,
      description: 'Telescope aperture diameter of each terminal (the paper: 10 cm).',
    }).default(0.1),
    apertureEfficiency: quantity({
      unit: '1',
      min: 0.01,
      max: 1,
      description: 'Aperture efficiency: fraction of the ideal gain (pi D / lambda)^2 realised (the paper: about 0.8).',
    }).default(0.8),
    txPowerW: quantity({
      unit: 'W',
      min: 1e-6,
      max: 1_000,
      description: 'Optical transmit power per terminal, shared by its spatial beams (the paper: 5 W from an EDFA).',
    }).default(5),
    wavelengthNm: quantity({
      unit: 'nm',
      min: 200,
      max: 20_000,
      description: 'Carrier wavelength (the paper: 1,550 nm, the C-band).',
    }).default(1_550),
    dwdmGridGhz: quantity({
      unit: 'GHz',
      min: 6.25,
      max: 10_000,
      description: 'ITU-T G.694.1 DWDM channel spacing (the paper: 100 GHz for 24 channels, 75 GHz for 32).',
    }).default(100),
    dwdmBandGhz: quantity({
      unit: 'GHz',
      min: 6.25,
      max: 100_000,
      description: 'Amplifier band filled with DWDM channels (the paper: half the C-band, 2,400 GHz).',
    }).default(2_400),
    channelRateGbps: quantity({
      unit: 'Gb/s',
      min: 0.001,
      max: 100_000,
      description: 'Data rate of one wavelength channel (the paper: 400G PM-16QAM).',
    }).default(400),
    receiverSensitivityDbm: quantity({
      unit: '1',
      min: -100,
      max: 30,
      description: 'Received power one wavelength channel needs, dBm (the paper: about -20 dBm).',
    }).default(-20),
    pointingErrorUrad: quantity({
      unit: 'urad',
      min: 0,
      max: 10_000,
      description: 'RMS pointing error of a transmitter (the paper needs about 1 urad).',
    }).default(1),
    otherLossDb: quantity({
      unit: '1',
      min: 0,
      max: 100,
      description: 'Other losses L_other of the link budget, as a positive loss in dB (the paper: 3 dB).',
    }).default(3),
    spatialIsolationDb: quantity({
      unit: '1',
      min: -30,
      max: 60,
      description:
        'Isolation between spatial channels the modulation needs, dB: own power over the sum of the other beams (seeds/links.json: 15 dB for 400G PM-16QAM without MIMO).',
    }).default(linkReferenceValue('links.spatialIsolation')),
    spatialMimo: z
      .boolean()
      .default(false)
      .describe(
        'A MIMO equaliser across the spatial channels: the isolation requirement drops to at most 3 dB and each beam loses 1 dB of received power (seeds/links.json, reasoned defaults).',
      ),
    stepS: quantity({
      unit: 's',
      min: 1,
      max: 3_600,
      description: 'Time step at which the cluster network is sampled over one orbit.',
    }).default(60),
  })
  .prefault({});
