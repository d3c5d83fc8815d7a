/**
 * Counselling hours in India time (UTC+5:30, no daylight saving), with per-district exceptions:
 * "09:00-18:00" or "09:00-18:00;Leh=10:00-16:00;Kargil=10:00-16:00".
 */
export interface Hours {
  open(district: string | null, now: Date): { open: boolean; opensAt: string };
}

const IST_OFFSET_MIN = 5 * 60 + 30;
const RANGE = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]|24):([0-5]\d)$/;

export function parseHours(spec: string): Hours | null {
  const parts = spec.split(';').map((p) => p.trim()).filter(Boolean);
  const byDistrict = new Map<string, [number, number, string]>();
  let fallback: [number, number, string] | undefined;
  for (const part of parts) {
    const [name, range] = part.includes('=') ? (part.split('=', 2) as [string, string]) : [null, part];
    const m = RANGE.exec(range.trim());
    if (!m) return null;
    const from = Number(m[1]) * 60 + Number(m[2]);
    const to = Number(m[3]) * 60 + Number(m[4]);
    if (to <= from) return null;
    const entry: [number, number, string] = [from, to, `${m[1]}:${m[2]}`];
    if (name === null) fallback = entry;
    else byDistrict.set(name.trim().toLowerCase(), entry);
  }
  if (!fallback) return null;
  const def = fallback;
  return {
    open(district, now) {
      const [from, to, opensAt] = (district && byDistrict.get(district.toLowerCase())) || def;
      const minutes = (now.getUTCHours() * 60 + now.getUTCMinutes() + IST_OFFSET_MIN) % (24 * 60);
      return { open: minutes >= from && minutes < to, opensAt };
    },
  };
}
