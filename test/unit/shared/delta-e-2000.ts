// CIEDE2000 (Sharma, Wu & Dalal 2005): the colour difference that tracks what a reader sees far better
// than the plain CIELAB distance, which overstates differences among blues and purples.
type Lab = readonly [number, number, number];

const RAD = Math.PI / 180;
const hueAngle = (b: number, a: number): number => {
  if (a === 0 && b === 0) return 0;
  const degrees = Math.atan2(b, a) / RAD;
  return degrees < 0 ? degrees + 360 : degrees;
};
const pow7 = (c: number): number => Math.sqrt(c ** 7 / (c ** 7 + 25 ** 7));

export function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const g = 0.5 * (1 - pow7((Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2));
  const [a1p, a2p] = [(1 + g) * a1, (1 + g) * a2];
  const [c1, c2] = [Math.hypot(a1p, b1), Math.hypot(a2p, b2)];
  const [h1, h2] = [hueAngle(b1, a1p), hueAngle(b2, a2p)];
  const chromatic = c1 * c2 !== 0;
  let dh = chromatic ? h2 - h1 : 0;
  if (dh > 180) dh -= 360;
  else if (dh < -180) dh += 360;
  const dH = 2 * Math.sqrt(c1 * c2) * Math.sin((dh * RAD) / 2);
  const lMean = (l1 + l2) / 2;
  const cMean = (c1 + c2) / 2;
  let hMean = h1 + h2;
  if (chromatic) hMean = (Math.abs(h1 - h2) > 180 ? hMean + (hMean < 360 ? 360 : -360) : hMean) / 2;
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * RAD) +
    0.24 * Math.cos(2 * hMean * RAD) +
    0.32 * Math.cos((3 * hMean + 6) * RAD) -
    0.2 * Math.cos((4 * hMean - 63) * RAD);
  const rotation = -Math.sin(2 * 30 * Math.exp(-(((hMean - 275) / 25) ** 2)) * RAD) * 2 * pow7(cMean);
  const sl = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const dl = (l2 - l1) / sl;
  const dc = (c2 - c1) / (1 + 0.045 * cMean);
  const dhs = dH / (1 + 0.015 * cMean * t);
  return Math.sqrt(dl ** 2 + dc ** 2 + dhs ** 2 + rotation * dc * dhs);
}
