/**
 * Karaoke-bar data for blind set 291, seeded from 291. Run once: `npx tsx data/generate.ts` from the set's folder.
 * - sessions.csv: 480 private-room bookings (booking_id and start text columns, room label text, group size,
 *   hours booked, start hour (24-26 = after midnight), drinks (skewed), songs (collinear with group x hours),
 *   mic_gain_db (no effect), tab_cents (the bill in cents, thousands), spend_eur (regression target, 40..1200),
 *   rebooked 0/1 (about 30%, 8% flipped).
 * - songs.csv: 420 song requests (tempo_bpm, duration_s, key_shift, singer_age, pitch_error_cents,
 *   crowd_db, lyric_words) -> genre (pop, rock, ballad, enka, rap; rap rare) and judge score 0..100.
 * - sessions-eu.csv: sessions.csv re-exported by a European POS: semicolons and decimal commas.
 * - songs-tab.csv: songs.csv saved as tab-separated text.
 * - sessions-gaps.csv: sessions with "NA", "" and "-" in drinks and hours.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const dir = __dirname;
const r = rng(291);

interface Session { id: string; start: string; room: string; group: number; hours: number; hour: number; drinks: number; songs: number; gain: number; cents: number; spend: number; rebooked: number }
const sessions: Session[] = [];
for (let i = 0; i < 480; i++) {
  const group = Math.max(2, Math.round(Math.exp(normal(r, 1.7, 0.5))));
  const hours = clamp(Math.round(normal(r, 2.2, 0.8) * 2) / 2, 1, 5);
  const hour = 18 + Math.floor(r() * 9);
  const drinks = Math.round(Math.exp(normal(r, 1.0, 0.8)) * group * 0.7);
  const songs = Math.max(1, Math.round(hours * (11 + normal(r, 0, 1.5)) + group * 0.4));
  const gain = Math.round(normal(r, -6, 3) * 10) / 10;
  const late = hour >= 23 ? 1 : 0;
  const spend = Math.max(25, 18 * hours * (1 + 0.15 * group) + 7.5 * drinks + 20 * late + normal(r, 0, 25));
  const z = -1.2 + 0.9 * (songs / hours - 11.5) / 1.5 + 0.6 * (group < 5 ? 1 : -0.3) - 0.8 * late + 0.004 * (spend - 200);
  let rebooked = r() < sigmoid(2.5 * z) ? 1 : 0;
  if (r() < 0.08) rebooked = 1 - rebooked;
  const day = 1 + Math.floor(r() * 28);
  const min = r() < 0.5 ? '00' : '30';
  sessions.push({
    id: `BK-${String(10000 + i * 7).padStart(6, '0')}`,
    start: `2024-03-${String(day).padStart(2, '0')} ${String(hour % 24).padStart(2, '0')}:${min}`,
    room: `Room ${1 + Math.floor(r() * 9)}`,
    group, hours, hour, drinks, songs, gain, cents: Math.round(spend * 100), spend: Math.round(spend * 100) / 100, rebooked,
  });
}
const sHead = ['booking_id', 'start', 'room', 'group_size', 'hours', 'start_hour', 'drinks', 'songs', 'mic_gain_db', 'tab_cents', 'spend_eur', 'rebooked'];
const sRow = (s: Session) => [s.id, s.start, s.room, s.group, s.hours, s.hour, s.drinks, s.songs, s.gain, s.cents, s.spend, s.rebooked];
fs.writeFileSync(path.join(dir, 'sessions.csv'), [sHead.join(','), ...sessions.map((s) => sRow(s).join(','))].join('\n') + '\n');
fs.writeFileSync(
  path.join(dir, 'sessions-eu.csv'),
  [sHead.join(';'), ...sessions.map((s) => sRow(s).map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : v)).join(';'))].join('\n') + '\n',
);
const markers = ['NA', '', '-'];
fs.writeFileSync(
  path.join(dir, 'sessions-gaps.csv'),
  [sHead.join(','), ...sessions.map((s) => {
    const row = sRow(s);
    if (r() < 0.06) row[6] = markers[Math.floor(r() * 3)];
    if (r() < 0.04) row[4] = markers[Math.floor(r() * 3)];
    return row.join(',');
  })].join('\n') + '\n',
);

const genres = ['pop', 'rock', 'ballad', 'enka', 'rap'];
const gShare = [0.34, 0.24, 0.2, 0.15, 0.07];
const gTempo = [118, 132, 72, 88, 95];
const gDur = [215, 250, 270, 230, 200];
const gWords = [320, 300, 200, 150, 620];
const gAge = [27, 35, 38, 58, 24];
const songRows: (string | number)[][] = [];
for (let i = 0; i < 420; i++) {
  let u = r(), g = 0;
  while (g < 4 && u > gShare[g]) { u -= gShare[g]; g++; }
  const tempo = Math.round(normal(r, gTempo[g], 14));
  const dur = Math.round(normal(r, gDur[g], 30));
  const keyShift = Math.round(normal(r, 0, 2));
  const age = Math.round(clamp(normal(r, gAge[g], 9), 18, 80));
  const pitchErr = Math.round(Math.abs(normal(r, 0, 35)) + 5);
  const crowd = Math.round((normal(r, 78, 5) + (g === 1 ? 4 : 0)) * 10) / 10;
  const words = Math.round(Math.max(60, normal(r, gWords[g], 60)));
  const score = Math.round(clamp(96 - 0.55 * pitchErr - 1.2 * Math.abs(keyShift) + 0.3 * (crowd - 78) + normal(r, 0, 3), 20, 100) * 10) / 10;
  let label = g;
  if (r() < 0.06) label = Math.floor(r() * 5);
  songRows.push([tempo, dur, keyShift, age, pitchErr, crowd, words, genres[label], score]);
}
const gHead = ['tempo_bpm', 'duration_s', 'key_shift', 'singer_age', 'pitch_error_cents', 'crowd_db', 'lyric_words', 'genre', 'score'];
fs.writeFileSync(path.join(dir, 'songs.csv'), [gHead.join(','), ...songRows.map((x) => x.join(','))].join('\n') + '\n');
fs.writeFileSync(path.join(dir, 'songs-tab.csv'), [gHead.join('\t'), ...songRows.map((x) => x.join('\t'))].join('\n') + '\n');
