/**
 * Writes the CSVs of the fifty-third blind fault set (theme: text and language as numbers), seeded so
 * every run gives the same files: `npx tsx test/faults-blind53/data/generate.ts`.
 * Every document's features come from simple generative rules (a latent class or score drives word
 * counts, lexicon scores, ratios), so a small dense network can learn them.
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng } from '../../faults/data-random';

const DIR = __dirname;
const r = rng(53053);

function poisson(lambda: number): number {
  const l = Math.exp(-lambda);
  let k = 0, p = 1;
  do { k++; p *= r(); } while (p > l);
  return k - 1;
}
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const round = (x: number, d: number) => Number(x.toFixed(d));

function write(name: string, header: string[], rows: (string | number)[][]): void {
  const text = [header.join(','), ...rows.map((row) => row.join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows, ${header.length} columns`);
}

// ---------- spam.csv: bag-of-words counts (20 words), length, capitals and "!" shares, id; label string + 0/1
const SPAM_WORDS = ['free', 'win', 'prize', 'money', 'click', 'offer', 'urgent', 'cash', 'winner', 'deal'];
const HAM_WORDS = ['meeting', 'report', 'project', 'lunch', 'tomorrow', 'thanks', 'team', 'call', 'schedule', 'attached'];
const COMMON = ['you', 'please'];
const spamHeader = ['msg_id', ...SPAM_WORDS.map((w) => `w_${w}`), ...HAM_WORDS.map((w) => `w_${w}`), ...COMMON.map((w) => `w_${w}`), 'len_chars', 'caps_ratio', 'excl_ratio', 'label', 'is_spam'];
const spamRows: (string | number)[][] = [];
for (let i = 0; i < 420; i++) {
  const spam = r() < 0.35;
  const counts = [
    ...SPAM_WORDS.map(() => poisson(spam ? 0.7 : 0.06)),
    ...HAM_WORDS.map(() => poisson(spam ? 0.08 : 0.55)),
    ...COMMON.map(() => poisson(1.4)),
  ];
  const len = Math.round(Math.exp(normal(r, spam ? 6.0 : 6.6, 0.9)));
  const caps = clamp(normal(r, spam ? 0.16 : 0.045, spam ? 0.06 : 0.02), 0, 0.9);
  const excl = clamp(normal(r, spam ? 0.018 : 0.003, spam ? 0.008 : 0.002), 0, 0.2);
  spamRows.push([104000 + i * 7, ...counts, len, round(caps, 4), round(excl, 4), spam ? 'spam' : 'ham', spam ? 1 : 0]);
}
write('spam.csv', spamHeader, spamRows);
// spam-na.csv: the same export with missing capitals shares (NA, empty) in a few rows
const naRows = spamRows.map((row, i) => (i % 37 === 5 ? row.map((c, j) => (j === spamHeader.indexOf('caps_ratio') ? (i % 2 ? 'NA' : '') : c)) : row));
write('spam-na.csv', spamHeader, naRows);

// ---------- topics.csv: TF-IDF weights (24 words, L2-normalised, in 0-1) for 4 topics, doc length, id
const TOPICS = ['sport', 'politics', 'tech', 'food'];
const TOPIC_WORDS = [
  ['match', 'goal', 'team', 'coach', 'season', 'score'],
  ['vote', 'election', 'minister', 'party', 'policy', 'senate'],
  ['software', 'chip', 'startup', 'app', 'data', 'cloud'],
  ['recipe', 'cheese', 'bake', 'flavour', 'chef', 'sauce'],
];
const VOCAB = TOPIC_WORDS.flat();
function tfidfDocs(n: number, topics: string[], words: string[][], seedShift: number) {
  const vocab = words.flat();
  const docs: { label: number; counts: number[]; len: number }[] = [];
  for (let i = 0; i < n; i++) {
    const label = (i + seedShift) % topics.length;
    const counts: number[] = vocab.map((_, v) => poisson(Math.floor(v / 6) === label ? 1.1 : 0.12));
    if (counts.every((c): boolean => c === 0)) counts[label * 6] = 1;
    const len = Math.round(Math.exp(normal(r, 7.2, 0.7)));
    docs.push({ label, counts, len });
  }
  const df = vocab.map((_, v) => docs.filter((d) => d.counts[v] > 0).length);
  const idf = df.map((d) => Math.log((1 + n) / (1 + d)) + 1);
  return docs.map((d) => {
    const w = d.counts.map((c, v) => c * idf[v]);
    const norm = Math.sqrt(w.reduce((s, x) => s + x * x, 0)) || 1;
    return { ...d, tfidf: w.map((x) => round(x / norm, 4)) };
  });
}
const topicDocs = tfidfDocs(480, TOPICS, TOPIC_WORDS, 0);
write('topics.csv', ['doc_id', ...VOCAB.map((w) => `tfidf_${w}`), 'n_words', 'topic'],
  topicDocs.map((d, i) => [900000 + i * 13, ...d.tfidf, Math.round(d.len / 5.7), TOPICS[d.label]]));
// topics-onehot.csv: the same documents with the topic one-hot in four columns (for cce with several targets)
write('topics-onehot.csv', ['doc_id', ...VOCAB.map((w) => `tfidf_${w}`), 'n_words', ...TOPICS.map((t) => `is_${t}`)],
  topicDocs.map((d, i) => [900000 + i * 13, ...d.tfidf, Math.round(d.len / 5.7), ...TOPICS.map((_, k) => (k === d.label ? 1 : 0))]));

// ---------- forum6.csv: bag-of-words counts over 30 words for 6 forum sections, integer section code 0-5
export const SECTIONS = ['sport', 'politics', 'tech', 'food', 'travel', 'music'];
const SECTION_WORDS = [...TOPIC_WORDS.map((ws) => ws.slice(0, 5)), ['flight', 'hotel', 'beach', 'passport', 'museum'], ['guitar', 'album', 'concert', 'band', 'lyrics']];
const forumHeader = ['post_id', 'user_id', ...SECTION_WORDS.flat().map((w) => `n_${w}`), 'section'];
const forumRows: (string | number)[][] = [];
for (let i = 0; i < 540; i++) {
  const label = Math.floor(r() * 6);
  const counts: number[] = SECTION_WORDS.flat().map((_, v) => poisson(Math.floor(v / 5) === label ? 0.9 : 0.07));
  if (counts.every((c): boolean => c === 0)) counts[label * 5 + 1] = 1;
  forumRows.push([5000000 + i * 31, 1000 + Math.floor(r() * 400), ...counts, label]);
}
write('forum6.csv', forumHeader, forumRows);

// ---------- reviews.csv: lexicon scores, negations, length, "!" share, readability, ids, timestamp -> stars 1-5
const reviewRows: (string | number)[][] = [];
for (let i = 0; i < 400; i++) {
  const z = normal(r, 0, 1);
  const stars = clamp(Math.round(3 + 1.25 * z + normal(r, 0, 0.35)), 1, 5);
  const pos = Math.max(0, 2.2 + 1.5 * z + normal(r, 0, 0.5));
  const neg = Math.max(0, 2.0 - 1.4 * z + normal(r, 0, 0.5));
  const negations = poisson(0.6 + 0.4 * Math.max(0, -z));
  const len = Math.round(Math.exp(normal(r, 6.2 + 0.15 * Math.abs(z), 0.8)));
  const excl = clamp(0.004 + 0.004 * z * z + normal(r, 0, 0.002), 0, 0.1);
  const flesch = clamp(normal(r, 62, 12), 5, 100);
  reviewRows.push([3100000 + i * 17, 20000 + Math.floor(r() * 3000), 1609459200 + Math.floor(r() * 63000000),
    round(pos, 3), round(neg, 3), negations, len, round(excl, 4), round(flesch, 1), stars]);
}
write('reviews.csv', ['review_id', 'user_id', 'timestamp', 'pos_score', 'neg_score', 'negations', 'len_chars', 'excl_ratio', 'flesch', 'stars'], reviewRows);
// reviews-sample.csv: a "quick test" export that came out with the header only
write('reviews-sample.csv', ['review_id', 'user_id', 'timestamp', 'pos_score', 'neg_score', 'negations', 'len_chars', 'excl_ratio', 'flesch', 'stars'], reviewRows.slice(0, 0));

// ---------- likes.csv: post features -> likes (skewed counts), with log1p(likes) too
const likeRows: (string | number)[][] = [];
for (let i = 0; i < 450; i++) {
  const logF = normal(r, 7, 1.4);
  const followers = Math.round(Math.exp(logF));
  const hashtags = poisson(2);
  const image = r() < 0.45 ? 1 : 0;
  const senti = clamp(normal(r, 0.1, 0.45), -1, 1);
  const hour = Math.floor(r() * 24);
  const len = Math.round(Math.exp(normal(r, 5, 0.7)));
  const mu = 0.8 * logF - 2.4 + 0.7 * image + 0.12 * hashtags + 0.6 * senti - 0.0005 * len + normal(r, 0, 0.3);
  const likes = Math.max(0, Math.round(Math.exp(mu)));
  likeRows.push([77000000 + i * 101, followers, len, hashtags, image, round(senti, 3), hour, likes, round(Math.log1p(likes), 4)]);
}
write('likes.csv', ['post_id', 'followers', 'len_chars', 'hashtags', 'has_image', 'sentiment', 'hour', 'likes', 'log_likes'], likeRows);

// ---------- toxic.csv: comment features -> toxic 0/1 with ~10% positives
const toxicHeader = ['comment_id', 'user_id', 'insult_words', 'profanity', 'second_person', 'caps_ratio', 'excl_count', 'len_chars', 'toxic'];
const toxicRows: (string | number)[][] = [];
for (let i = 0; i < 520; i++) {
  const toxic = r() < 0.1;
  toxicRows.push([
    60000000 + i * 3, 300 + Math.floor(r() * 900),
    poisson(toxic ? 1.6 : 0.06), poisson(toxic ? 1.3 : 0.08), poisson(toxic ? 2.2 : 0.7),
    round(clamp(normal(r, toxic ? 0.22 : 0.05, toxic ? 0.09 : 0.03), 0, 1), 4),
    poisson(toxic ? 2.5 : 0.4), Math.round(Math.exp(normal(r, toxic ? 4.6 : 5.2, 0.8))), toxic ? 1 : 0,
  ]);
}
write('toxic.csv', toxicHeader, toxicRows);
// toxic-sample.csv: the first 60 comments sorted by comment_id from a moderation queue with no toxic ones
write('toxic-sample.csv', toxicHeader, toxicRows.filter((row) => row[8] === 0).slice(0, 60));

// ---------- langid.csv: letter and letter-pair frequencies (per 100 letters) for 5 languages, label string
const LANGS = ['de', 'en', 'es', 'fr', 'it'];
const LETTERS = ['e', 'a', 'o', 'i', 'n', 's', 'r', 't', 'h', 'u', 'z', 'w', 'y', 'k', 'th', 'ch', 'qu', 'en'];
// Rough per-language profiles (percent of letters / letter pairs).
const PROFILE: Record<string, number[]> = {
  de: [16.4, 6.5, 2.6, 7.6, 9.8, 7.3, 7.0, 6.2, 4.8, 4.2, 1.1, 1.9, 0.1, 1.4, 0.2, 2.7, 0.02, 3.9],
  en: [12.7, 8.2, 7.5, 7.0, 6.7, 6.3, 6.0, 9.1, 6.1, 2.8, 0.1, 2.4, 2.0, 0.8, 3.6, 0.6, 0.1, 1.2],
  es: [13.7, 12.5, 8.7, 6.2, 6.7, 8.0, 6.9, 4.6, 0.7, 3.9, 0.5, 0.02, 0.9, 0.01, 0.02, 0.4, 0.9, 1.8],
  fr: [14.7, 7.6, 5.8, 7.5, 7.1, 7.9, 6.7, 7.2, 0.7, 6.3, 0.3, 0.05, 0.3, 0.05, 0.05, 0.6, 1.1, 2.9],
  it: [11.8, 11.7, 9.8, 10.1, 6.9, 5.0, 6.4, 5.6, 0.6, 3.0, 1.2, 0.03, 0.02, 0.01, 0.02, 0.9, 0.5, 1.6],
};
const langRows: (string | number)[][] = [];
for (let i = 0; i < 450; i++) {
  const lang = LANGS[i % 5];
  const chars = Math.round(Math.exp(normal(r, 6.5, 0.6)));
  const spread = 1.6 / Math.sqrt(chars / 300);
  const freqs = PROFILE[lang].map((p) => round(Math.max(0, p * (1 + normal(r, 0, 0.22 * spread)) + normal(r, 0, 0.15)), 3));
  langRows.push([i + 1, ...freqs, chars, lang]);
}
write('langid.csv', ['snippet_id', ...LETTERS.map((l) => `f_${l}`), 'n_chars', 'language'], langRows);

// ---------- readability.csv: surface text statistics -> Flesch-Kincaid grade level
const readRows: (string | number)[][] = [];
for (let i = 0; i < 360; i++) {
  const level = r();
  const sentLen = clamp(normal(r, 9 + 18 * level, 3), 5, 40);
  const syll = clamp(normal(r, 1.3 + 0.45 * level, 0.08), 1.1, 2.2);
  const wordLen = clamp(3.6 + 1.6 * (syll - 1.3) + normal(r, 0, 0.15), 3, 7.5);
  const longShare = clamp(0.08 + 0.5 * (syll - 1.3) + normal(r, 0, 0.03), 0, 0.6);
  const sentences = 5 + poisson(25);
  const grade = 0.39 * sentLen + 11.8 * syll - 15.59 + normal(r, 0, 0.6);
  readRows.push([i + 1, pick(['news', 'blog', 'forum', 'textbook']), round(sentLen, 2), round(syll, 3), round(wordLen, 3), round(longShare, 3), sentences, round(grade, 2)]);
}
write('readability.csv', ['doc_id', 'source', 'words_per_sentence', 'syllables_per_word', 'chars_per_word', 'long_word_share', 'n_sentences', 'grade'], readRows);

// ---------- sentiment3.csv: lexicon scores -> negative / neutral / positive strings (3 classes)
const sentRows: (string | number)[][] = [];
for (let i = 0; i < 390; i++) {
  const k = i % 3;
  const z = [-1.3, 0, 1.3][k] + normal(r, 0, 0.45);
  const pos = Math.max(0, 1.5 + 1.2 * z + normal(r, 0, 0.4));
  const neg = Math.max(0, 1.5 - 1.2 * z + normal(r, 0, 0.4));
  const emoji = poisson(z > 0.5 ? 1.5 : 0.3);
  const subj = clamp(0.3 + 0.25 * Math.abs(z) + normal(r, 0, 0.08), 0, 1);
  sentRows.push([round(pos, 3), round(neg, 3), emoji, round(subj, 3), 0 /* retweets were filtered out upstream: a constant column */, ['negative', 'neutral', 'positive'][k]]);
}
write('sentiment3.csv', ['pos_lex', 'neg_lex', 'pos_emoji', 'subjectivity', 'is_retweet', 'sentiment'], sentRows);
