import { dirOf } from '../lang.js';
import type { Centre } from '../ports.js';
import type { Choice, Reply } from '../replies.js';
import { understand } from '../understand/index.js';
import { DIVISIONS, type Division, isDistrict, resolvePlace } from './district-names.js';
import { backToMenu, say } from './menu.js';
import type { FlowCtx, Outcome } from './types.js';

/**
 * "Find help near me": the nearest One Stop Centres (Sakhi centres) from a shared location or a district
 * name. A shared location is used for the search and never written to state. Unconfirmed centres say so,
 * no phone number is ever made up, and every answer ends with 181 / 112.
 */

const NEAREST = 3;
/** Roughly J&K and Ladakh. A location outside it, or far from every centre, gets 181 instead of a list. */
const REGION = { minLat: 32.2, maxLat: 37.1, minLng: 72.5, maxLng: 80.5 };
const MAX_KM = 250;
const REMEMBER_CONSENT = 'remember_district';

const ht = (ctx: FlowCtx, key: string, vars?: Record<string, unknown>) => ctx.t(key, { ns: 'help', ...vars });
const districtLabel = (ctx: FlowCtx, district: string) => ht(ctx, `districts.${district}`, { defaultValue: district });

/** Ask for her location or her area. */
export function findHelpStart(ctx: FlowCtx): Outcome {
  ctx.state.flow = 'find_help';
  ctx.state.step = 'ask_place';
  const ask: Reply = { kind: 'location_request', text: ht(ctx, 'ask'), buttonLabel: ht(ctx, 'location_button'), dir: dirOf(ctx.lang) };
  return { replies: [ask, say(ctx, ht(ctx, 'choose_area'), areaChoices(ctx))] };
}

/** A typed place. Null when the text names no place and she was not asked for one (the router goes on). */
export async function findHelpText(ctx: FlowCtx, text: string, opts: { fromPrompt: boolean }): Promise<Outcome | null> {
  const u = ctx.understanding ?? understand(text);
  if (u.district && isDistrict(u.district)) return districtAnswer(ctx, u.district);
  const place = resolvePlace(text);
  if (place?.kind === 'district') return districtAnswer(ctx, place.district);
  if (place?.kind === 'region') return divisionChoices(ctx, place.division);
  if (place?.kind === 'outside') return outside(ctx, 'outside');
  // Waiting for a place, she asked something else (a rights question...): let the router answer that.
  if (!opts.fromPrompt || (u.topic !== 'other' && u.topic !== 'osc')) return null;
  ctx.state.flow = 'find_help';
  ctx.state.step = 'ask_place';
  return { replies: [say(ctx, `${ht(ctx, 'not_recognised')}\n\n${ht(ctx, 'human')}`, areaChoices(ctx))] };
}

/** A shared location: the nearest centres. The point itself is not kept anywhere. */
export async function findHelpLocation(ctx: FlowCtx, point: { latitude: number; longitude: number }): Promise<Outcome> {
  const { latitude, longitude } = point;
  ctx.state.flow = 'find_help';
  ctx.state.step = 'answered';
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
    ctx.state.step = 'ask_place';
    return { replies: [say(ctx, ht(ctx, 'bad_location'), areaChoices(ctx))] };
  }
  const inRegion = latitude >= REGION.minLat && latitude <= REGION.maxLat && longitude >= REGION.minLng && longitude <= REGION.maxLng;
  const found = inRegion ? await ctx.services.centres.nearest({ latitude, longitude }, NEAREST) : [];
  if (found.length === 0 || (found[0]?.distanceKm ?? Number.POSITIVE_INFINITY) > MAX_KM) {
    return outside(ctx, 'outside_location', [ht(ctx, 'not_saved')]);
  }
  const list = [ht(ctx, 'nearest_intro'), ...found.map((c) => centreEntry(ctx, c, c.distanceKm)), ht(ctx, 'offers')];
  const district = (found[0] as Centre).district;
  return { replies: [say(ctx, list.join('\n\n')), closing(ctx, [ht(ctx, 'not_saved')], district)] };
}

/** Choice ids: `h:start`, `h:div:<division>`, `h:d:<District>`, `h:keep:<District>`. */
export function findHelpChoice(ctx: FlowCtx, id: string): Promise<Outcome> | Outcome {
  const [, action = '', value = ''] = id.split(':');
  if (action === 'div' && value in DIVISIONS) return divisionChoices(ctx, value as Division);
  if (action === 'd' && isDistrict(value)) return districtAnswer(ctx, value);
  if (action === 'keep' && isDistrict(value)) return remember(ctx, value);
  return findHelpStart(ctx);
}

async function districtAnswer(ctx: FlowCtx, district: string): Promise<Outcome> {
  ctx.state.flow = 'find_help';
  ctx.state.step = 'answered';
  const label = districtLabel(ctx, district);
  const found = await ctx.services.centres.inDistrict(district);
  if (found.length === 0) {
    return { replies: [say(ctx, `${ht(ctx, 'none_in_district', { district: label })}\n\n${ht(ctx, 'human')}`, areaChoices(ctx))] };
  }
  const list = [ht(ctx, 'district_intro', { district: label }), ...found.map((c) => centreEntry(ctx, c)), ht(ctx, 'offers')];
  return { replies: [say(ctx, list.join('\n\n')), closing(ctx, [], district)] };
}

/** One centre: name, distance, address, phone only if known, an honest note if unconfirmed, a map. */
function centreEntry(ctx: FlowCtx, c: Centre, distanceKm?: number): string {
  const lines = [`• ${c.name}`];
  if (distanceKm !== undefined) lines.push(formatDistance(ctx, distanceKm));
  if (c.address.trim() !== '') lines.push(ht(ctx, 'address', { address: c.address }));
  if (c.phone) lines.push(ht(ctx, 'phone', { phone: c.phone }));
  if (c.hours) lines.push(ht(ctx, 'hours', { hours: c.hours }));
  if (!c.verified) lines.push(ht(ctx, 'unverified'));
  else if (!c.phone) lines.push(ht(ctx, 'call_181'));
  lines.push(ht(ctx, isApproximate(c) ? 'map_approx' : 'map', { url: mapUrl(c) }));
  return lines.join('\n');
}

/** The last message: how to get there, a way to a human, and (with her consent) remembering the district. */
function closing(ctx: FlowCtx, lead: string[], district: string): Reply {
  const saved = ctx.state.data.district === district;
  const parts = [...lead, ht(ctx, 'getting_there')];
  if (!saved) parts.push(ht(ctx, 'remember_offer', { district: districtLabel(ctx, district) }));
  parts.push(ht(ctx, 'human'));
  const choices: Choice[] = [];
  if (!saved) choices.push({ id: `h:keep:${district}`, label: ht(ctx, 'remember') });
  choices.push({ id: 'h:start', label: ht(ctx, 'other_area') }, backToMenu(ctx));
  return say(ctx, parts.join('\n\n'), choices);
}

/** Only the district name is kept, with the time she agreed. Never a coordinate. */
function remember(ctx: FlowCtx, district: string): Outcome {
  ctx.state.data = { ...ctx.state.data, district };
  ctx.state.consents = { ...ctx.state.consents, [REMEMBER_CONSENT]: ctx.event.receivedAt.toISOString() };
  ctx.state.flow = 'find_help';
  ctx.state.step = 'answered';
  const text = `${ht(ctx, 'remembered', { district: districtLabel(ctx, district) })}\n\n${ht(ctx, 'human')}`;
  return { replies: [say(ctx, text, [{ id: 'h:start', label: ht(ctx, 'other_area') }, backToMenu(ctx)])] };
}

function divisionChoices(ctx: FlowCtx, division: Division): Outcome {
  ctx.state.flow = 'find_help';
  ctx.state.step = 'ask_place';
  const choices: Choice[] = DIVISIONS[division].map((d) => ({ id: `h:d:${d}`, label: districtLabel(ctx, d) }));
  return { replies: [say(ctx, ht(ctx, 'pick_district'), choices)] };
}

/** Her saved district first (if she asked us to remember it), then the three areas, then the menu. */
function areaChoices(ctx: FlowCtx): Choice[] {
  const saved = ctx.state.data.district;
  const choices: Choice[] = [];
  if (typeof saved === 'string' && isDistrict(saved)) {
    choices.push({ id: `h:d:${saved}`, label: ht(ctx, 'saved_district', { district: districtLabel(ctx, saved) }) });
  }
  for (const d of Object.keys(DIVISIONS) as Division[]) choices.push({ id: `h:div:${d}`, label: ht(ctx, `division.${d}`) });
  choices.push(backToMenu(ctx));
  return choices;
}

function outside(ctx: FlowCtx, key: 'outside' | 'outside_location', lead: string[] = []): Outcome {
  ctx.state.flow = 'find_help';
  ctx.state.step = 'ask_place';
  return { replies: [say(ctx, [...lead, ht(ctx, key)].join('\n\n'), areaChoices(ctx))] };
}

/** Under 10 km one decimal, else whole km: the coordinates are district towns, so more would be false precision. */
function formatDistance(ctx: FlowCtx, km: number): string {
  if (km < 1) return ht(ctx, 'distance_under_1');
  const rounded = km < 10 ? Math.round(km * 10) / 10 : Math.round(km);
  return ht(ctx, 'distance', { km: String(rounded) });
}

/** Built from the centre's coordinates alone: no name, no query text, nothing about her. */
export function mapUrl(c: { latitude: number; longitude: number }): string {
  const lat = c.latitude.toFixed(5);
  const lng = c.longitude.toFixed(5);
  return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=14/${lat}/${lng}`;
}

/** Unless the directory says the point is exact, say it is the district town (all shipped rows are). */
function isApproximate(c: Centre): boolean {
  return (c as Centre & { coordinateBasis?: string }).coordinateBasis !== 'exact';
}
