/**
 * Dormand-Prince 8(5,3) explicit Runge-Kutta integrator with adaptive step
 * size (DOP853: Hairer, Norsett & Wanner, *Solving Ordinary Differential
 * Equations I*, 2nd ed., Springer 1993, section II.10; coefficients of the
 * authors' Fortran code dop853.f). Twelve stages give an 8th-order solution;
 * the error is estimated from the 5th- and 3rd-order embedded solutions
 * combined as in the book (err = err5^2 / sqrt(err5^2 + 0.01 err3^2)).
 * Written for the formation's independent validation: all buffers are
 * allocated once per integrator, so integration allocates nothing per step.
 */

/** Right-hand side dy/dt = f(t, y), written into `dydt` (no allocation). */
export type OdeRightHandSide = (tS: number, y: Float64Array, dydt: Float64Array) => void;

/** Tolerances and limits of a DOP853 integration. */
export interface Dop853Options {
  /** Relative tolerance per component (the paper's validation: about 1e-12). */
  readonly relativeTolerance: number;
  /** Absolute tolerance per component, in the component's unit. */
  readonly absoluteTolerance: number;
  /** Largest step, s (default: unbounded). */
  readonly maxStepS?: number;
  /** Most steps one `integrate` call may take before it throws (default 1e6). */
  readonly maxSteps?: number;
}

/** Counts from the last `integrate` call. */
export interface Dop853Stats {
  readonly acceptedSteps: number;
  readonly rejectedSteps: number;
  readonly evaluations: number;
}

/* eslint-disable no-loss-of-precision -- the coefficients are written as published (30 digits); binary64 rounds them once. */
// Nodes c_i (Hairer's dop853.f).
const C2 = 0.526001519587677318785587544488e-1;
const C3 = 0.789002279381515978178381316732e-1;
const C4 = 0.118350341907227396726757197510;
const C5 = 0.281649658092772603273242802490;
const C6 = 0.333333333333333333333333333333;
const C7 = 0.25;
const C8 = 0.307692307692307692307692307692;
const C9 = 0.651282051282051282051282051282;
const C10 = 0.6;
const C11 = 0.857142857142857142857142857142;
// Stage coefficients a_ij.
const A21 = 5.26001519587677318785587544488e-2;
const A31 = 1.97250569845378994544595329183e-2;
const A32 = 5.91751709536136983633785987549e-2;
const A41 = 2.95875854768068491816892993775e-2;
const A43 = 8.87627564304205475450678981324e-2;
const A51 = 2.41365134159266685502369798665e-1;
const A53 = -8.84549479328286085344864962717e-1;
const A54 = 9.24834003261792003115737966543e-1;
const A61 = 3.7037037037037037037037037037e-2;
const A64 = 1.70828608729473871279604482173e-1;
const A65 = 1.25467687566822425016691814123e-1;
const A71 = 3.7109375e-2;
const A74 = 1.70252211019544039314978060272e-1;
const A75 = 6.02165389804559606850219397283e-2;
const A76 = -1.7578125e-2;
const A81 = 3.70920001185047927108779319836e-2;
const A84 = 1.70383925712239993810214054705e-1;
const A85 = 1.07262030446373284651809199168e-1;
const A86 = -1.53194377486244017527936158236e-2;
const A87 = 8.27378916381402288758473766002e-3;
const A91 = 6.24110958716075717114429577812e-1;
const A94 = -3.36089262944694129406857109825;
const A95 = -8.68219346841726006818189891453e-1;
const A96 = 2.75920996994467083049415600797e1;
const A97 = 2.01540675504778934086186788979e1;
const A98 = -4.34898841810699588477366255144e1;
const A101 = 4.77662536438264365890433908527e-1;
const A104 = -2.48811461997166764192642586468;
const A105 = -5.90290826836842996371446475743e-1;
const A106 = 2.12300514481811942347288949897e1;
const A107 = 1.52792336328824235832596922938e1;
const A108 = -3.32882109689848629194453265587e1;
const A109 = -2.03312017085086261358222928593e-2;
const A111 = -9.3714243008598732571704021658e-1;
const A114 = 5.18637242884406370830023853209;
const A115 = 1.09143734899672957818500254654;
const A116 = -8.14978701074692612513997267357;
const A117 = -1.85200656599969598641566180701e1;
const A118 = 2.27394870993505042818970056734e1;
const A119 = 2.49360555267965238987089396762;
const A1110 = -3.0467644718982195003823669022;
const A121 = 2.27331014751653820792359768449;
const A124 = -1.05344954667372501984066689879e1;
const A125 = -2.00087205822486249909675718444;
const A126 = -1.79589318631187989172765950534e1;
const A127 = 2.79488845294199600508499808837e1;
const A128 = -2.85899827713502369474065508674;
const A129 = -8.87285693353062954433549289258;
const A1210 = 1.23605671757943030647266201528e1;
const A1211 = 6.43392746015763530355970484046e-1;
// 8th-order weights b_i.
const B1 = 5.42937341165687622380535766363e-2;
const B6 = 4.45031289275240888144113950566;
const B7 = 1.89151789931450038304281599044;
const B8 = -5.8012039600105847814672114227;
const B9 = 3.1116436695781989440891606237e-1;
const B10 = -1.52160949662516078556178806805e-1;
const B11 = 2.01365400804030348374776537501e-1;
const B12 = 4.47106157277725905176885569043e-2;
// 3rd-order embedded weights (error estimator err3 = b - bhh).
const BHH1 = 0.244094488188976377952755905512;
const BHH2 = 0.733846688281611857341361741547;
const BHH3 = 0.220588235294117647058823529412e-1;
// 5th-order error weights (err5).
const ER1 = 0.1312004499419488073250102996e-1;
const ER6 = -0.1225156446376204440720569753e1;
const ER7 = -0.4957589496572501915214079952;
const ER8 = 0.1664377182454986536961530415e1;
const ER9 = -0.3503288487499736816886487290;
const ER10 = 0.3341791187130174790297318841;
const ER11 = 0.8192320648511571246570742613e-1;
const ER12 = -0.2235530786388629525884427845e-1;

/* eslint-enable no-loss-of-precision */

/** Step-size control constants (dop853.f defaults). */
const SAFETY = 0.9;
const MIN_FACTOR = 1 / 3;
const MAX_FACTOR = 6;

/**
 * A DOP853 integrator bound to one system: it owns its stage buffers (the
 * state that justifies a class) and remembers its last step size between
 * `integrate` calls, so stepping from output time to output time costs
 * little more than one long integration.
 */
export class Dop853 {
  readonly dimension: number;
  private readonly rhs: OdeRightHandSide;
  private readonly options: Required<Dop853Options>;
  /**
   * One buffer for a step's numbers, n each: at 0 the state the step starts
   * from, at j n the derivative k_j (j = 1 ... 12), at 13 n the stage state
   * `yStage`. The combination loops read and write one array at fixed
   * offsets, which V8 runs faster than fourteen arrays.
   */
  private readonly stages: Float64Array;
  /** Views of `stages` for the right-hand side to write k_j into (index j; 0 is the start state). */
  private readonly k: Float64Array[];
  private readonly yStage: Float64Array;
  private readonly yNew: Float64Array;
  private stepS = 0;
  private stats = { acceptedSteps: 0, rejectedSteps: 0, evaluations: 0 };

  /**
   * @param dimension number of state components
   * @param rhs right-hand side f(t, y)
   * @param options tolerances (relative, and absolute in the state's units)
   */
  constructor(dimension: number, rhs: OdeRightHandSide, options: Dop853Options) {
    if (!(options.relativeTolerance > 0) || !(options.absoluteTolerance >= 0)) {
      throw new RangeError(
        `tolerances must be positive: relative ${options.relativeTolerance}, absolute ${options.absoluteTolerance}`,
      );
    }
    this.dimension = dimension;
    this.rhs = rhs;
    this.options = { maxStepS: Number.POSITIVE_INFINITY, maxSteps: 1_000_000, ...options };
    this.stages = new Float64Array(14 * dimension);
    this.k = Array.from({ length: 13 }, (_, j) => this.stages.subarray(j * dimension, (j + 1) * dimension));
    this.yStage = this.stages.subarray(13 * dimension, 14 * dimension);
    this.yNew = new Float64Array(dimension);
  }

  /** Step counts of the last `integrate` call. */
  lastStats(): Dop853Stats {
    return { ...this.stats };
  }

  /** Forgets the remembered step size, so the next call chooses a fresh initial step. */
  reset(): void {
    this.stepS = 0;
  }

  /**
   * Advances `y` in place from t0 to tEnd (tEnd > t0 or tEnd < t0), landing
   * exactly on tEnd.
   * @param t0S start time, s
   * @param y state at t0 (overwritten with the state at tEnd)
   * @param tEndS end time, s
   * @throws RangeError when the step size underflows or maxSteps is exceeded
   */
  integrate(t0S: number, y: Float64Array, tEndS: number): Float64Array {
    this.stats = { acceptedSteps: 0, rejectedSteps: 0, evaluations: 0 };
    if (tEndS === t0S) return y;
    const direction = tEndS > t0S ? 1 : -1;
    const k1 = this.k[1]!;
    this.rhs(t0S, y, k1);
    this.stats.evaluations++;
    let h = this.stepS > 0 ? this.stepS : this.initialStep(t0S, y, k1, direction);
    h = Math.min(h, this.options.maxStepS);
    let t = t0S;
    let steps = 0;
    let rejectedBefore = false;
    while (direction * (tEndS - t) > 0) {
      if (++steps > this.options.maxSteps) throw new RangeError(`DOP853: more than ${this.options.maxSteps} steps`);
      const remaining = direction * (tEndS - t);
      const lastStep = h >= remaining;
      const hTry = lastStep ? remaining : h;
      const err = this.step(t, y, direction * hTry);
      if (err <= 1) {
        t = lastStep ? tEndS : t + direction * hTry;
        y.set(this.yNew);
        this.rhs(t, y, k1);
        this.stats.evaluations++;
        this.stats.acceptedSteps++;
        let factor = SAFETY * Math.pow(Math.max(err, 1e-30), -1 / 8);
        factor = Math.min(MAX_FACTOR, Math.max(MIN_FACTOR, factor));
        if (rejectedBefore) factor = Math.min(factor, 1);
        rejectedBefore = false;
        // Keep the step the controller wanted, not the one clipped to land on tEnd.
        const proposed = Math.min(hTry * factor, this.options.maxStepS);
        if (!lastStep || proposed > h) h = proposed;
      } else {
        this.stats.rejectedSteps++;
        rejectedBefore = true;
        h = hTry * Math.max(MIN_FACTOR, SAFETY * Math.pow(err, -1 / 8));
        if (h < 1e-14 * Math.max(1, Math.abs(t))) throw new RangeError(`DOP853: step size underflow at t = ${t} s`);
      }
    }
    this.stepS = h;
    return y;
  }

  /** Initial step guess (Hairer's hinit): h = min(100 h0, (0.01 / max(d1, d2))^(1/8)). */
  private initialStep(t0S: number, y: Float64Array, f0: Float64Array, direction: number): number {
    const { relativeTolerance: rtol, absoluteTolerance: atol } = this.options;
    let d0 = 0;
    let d1 = 0;
    for (let i = 0; i < this.dimension; i++) {
      const sk = atol + rtol * Math.abs(y[i]!);
      d0 += (y[i]! / sk) ** 2;
      d1 += (f0[i]! / sk) ** 2;
    }
    d0 = Math.sqrt(d0 / this.dimension);
    d1 = Math.sqrt(d1 / this.dimension);
    let h0 = d0 < 1e-10 || d1 < 1e-10 ? 1e-6 : 0.01 * (d0 / d1);
    h0 = Math.min(h0, this.options.maxStepS);
    const yEuler = this.yStage;
    for (let i = 0; i < this.dimension; i++) yEuler[i] = y[i]! + direction * h0 * f0[i]!;
    const f1 = this.k[2]!;
    this.rhs(t0S + direction * h0, yEuler, f1);
    this.stats.evaluations++;
    let d2 = 0;
    for (let i = 0; i < this.dimension; i++) {
      const sk = atol + rtol * Math.abs(y[i]!);
      d2 += ((f1[i]! - f0[i]!) / sk) ** 2;
    }
    d2 = Math.sqrt(d2 / this.dimension) / h0;
    const larger = Math.max(Math.abs(d1), Math.abs(d2));
    const h1 = larger <= 1e-15 ? Math.max(1e-6, h0 * 1e-3) : Math.pow(0.01 / larger, 1 / 8);
    return Math.min(100 * h0, h1, this.options.maxStepS);
  }

  /**
   * One trial step of size h from (t, y) with k1 = f(t, y) already in k[1];
   * writes the 8th-order result into yNew.
   * @returns the scaled error norm (accept when <= 1)
   */
  private step(t: number, y: Float64Array, h: number): number {
    const n = this.dimension;
    const k = this.k;
    const K = this.stages;
    // Offsets of k_1 ... k_12 in `stages`.
    const o1 = n, o2 = 2 * n, o3 = 3 * n, o4 = 4 * n, o5 = 5 * n, o6 = 6 * n;
    const o7 = 7 * n, o8 = 8 * n, o9 = 9 * n, o10 = 10 * n, o11 = 11 * n, o12 = 12 * n;
    const os = 13 * n;
    const ys = this.yStage;
    const f = this.rhs;
    K.set(y);
    for (let i = 0; i < n; i++) K[os + i] = K[i]! + h * A21 * K[o1 + i]!;
    f(t + C2 * h, ys, k[2]!);
    for (let i = 0; i < n; i++) K[os + i] = K[i]! + h * (A31 * K[o1 + i]! + A32 * K[o2 + i]!);
    f(t + C3 * h, ys, k[3]!);
    for (let i = 0; i < n; i++) K[os + i] = K[i]! + h * (A41 * K[o1 + i]! + A43 * K[o3 + i]!);
    f(t + C4 * h, ys, k[4]!);
    for (let i = 0; i < n; i++) K[os + i] = K[i]! + h * (A51 * K[o1 + i]! + A53 * K[o3 + i]! + A54 * K[o4 + i]!);
    f(t + C5 * h, ys, k[5]!);
    for (let i = 0; i < n; i++) K[os + i] = K[i]! + h * (A61 * K[o1 + i]! + A64 * K[o4 + i]! + A65 * K[o5 + i]!);
    f(t + C6 * h, ys, k[6]!);
    for (let i = 0; i < n; i++) K[os + i] = K[i]! + h * (A71 * K[o1 + i]! + A74 * K[o4 + i]! + A75 * K[o5 + i]! + A76 * K[o6 + i]!);
    f(t + C7 * h, ys, k[7]!);
    for (let i = 0; i < n; i++) {
      K[os + i] = K[i]! + h * (A81 * K[o1 + i]! + A84 * K[o4 + i]! + A85 * K[o5 + i]! + A86 * K[o6 + i]! + A87 * K[o7 + i]!);
    }
    f(t + C8 * h, ys, k[8]!);
    for (let i = 0; i < n; i++) {
      K[os + i] =
        K[i]! +
        h * (A91 * K[o1 + i]! + A94 * K[o4 + i]! + A95 * K[o5 + i]! + A96 * K[o6 + i]! + A97 * K[o7 + i]! + A98 * K[o8 + i]!);
    }
    f(t + C9 * h, ys, k[9]!);
    for (let i = 0; i < n; i++) {
      K[os + i] =
        K[i]! +
        h *
          (A101 * K[o1 + i]! + A104 * K[o4 + i]! + A105 * K[o5 + i]! + A106 * K[o6 + i]! + A107 * K[o7 + i]! +
            A108 * K[o8 + i]! + A109 * K[o9 + i]!);
    }
    f(t + C10 * h, ys, k[10]!);
    for (let i = 0; i < n; i++) {
      K[os + i] =
        K[i]! +
        h *
          (A111 * K[o1 + i]! + A114 * K[o4 + i]! + A115 * K[o5 + i]! + A116 * K[o6 + i]! + A117 * K[o7 + i]! +
            A118 * K[o8 + i]! + A119 * K[o9 + i]! + A1110 * K[o10 + i]!);
    }
    f(t + C11 * h, ys, k[11]!);
    for (let i = 0; i < n; i++) {
      K[os + i] =
        K[i]! +
        h *
          (A121 * K[o1 + i]! + A124 * K[o4 + i]! + A125 * K[o5 + i]! + A126 * K[o6 + i]! + A127 * K[o7 + i]! +
            A128 * K[o8 + i]! + A129 * K[o9 + i]! + A1210 * K[o10 + i]! + A1211 * K[o11 + i]!);
    }
    f(t + h, ys, k[12]!);
    this.stats.evaluations += 11;
    const { relativeTolerance: rtol, absoluteTolerance: atol } = this.options;
    let err5 = 0;
    let err3 = 0;
    const yNew = this.yNew;
    for (let i = 0; i < n; i++) {
      const k1 = K[o1 + i]!;
      const k6 = K[o6 + i]!;
      const k7 = K[o7 + i]!;
      const k8 = K[o8 + i]!;
      const k9 = K[o9 + i]!;
      const k10 = K[o10 + i]!;
      const k11 = K[o11 + i]!;
      const k12 = K[o12 + i]!;
      const increment = B1 * k1 + B6 * k6 + B7 * k7 + B8 * k8 + B9 * k9 + B10 * k10 + B11 * k11 + B12 * k12;
      const y0 = K[i]!;
      yNew[i] = y0 + h * increment;
      const sk = atol + rtol * Math.max(Math.abs(y0), Math.abs(yNew[i]!));
      const e3 = increment - BHH1 * k1 - BHH2 * k9 - BHH3 * k12;
      const e5 = ER1 * k1 + ER6 * k6 + ER7 * k7 + ER8 * k8 + ER9 * k9 + ER10 * k10 + ER11 * k11 + ER12 * k12;
      err3 += (e3 / sk) ** 2;
      err5 += (e5 / sk) ** 2;
    }
    let denominator = err5 + 0.01 * err3;
    if (denominator <= 0) denominator = 1;
    return Math.abs(h) * err5 * Math.sqrt(1 / (n * denominator));
  }
}
