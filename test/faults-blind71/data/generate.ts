/**
 * Writes the CSVs of test/faults-blind71 (education and learning analytics), seeded so every run
 * gives the same files: `npx tsx test/faults-blind71/data/generate.ts`.
 *
 * - students.csv: 600 student records of one course run at three schools: IDs, enrolment epoch,
 *   attendance share, homework count, platform hours (skewed), prior grade, age, scholarship flag, a
 *   per-school constant (school_size), and the targets exam_score (points 0-100), pass (0/1) and
 *   grade (A-F string band), all from one smooth rule plus noise.
 * - rarefail.csv: 520 records of a course where about 5% fail (fail 0/1).
 * - clicks.csv: 700 course-platform learners: sessions, video minutes (hundreds to thousands), quiz
 *   attempts, forum posts (mostly zero), days since enrolment, enrolment epoch; dropout 0/1 (~30%).
 * - admissions.csv: 540 applicants: SAT-like score (400-1600), GPA, essay words, recommendation
 *   1-5, first-generation flag; decision admit / waitlist / reject.
 * - reading.csv: 450 texts: sentence length, word length, syllables per word, rare-word share,
 *   word count (thousands); reading_level (school grade, Flesch-Kincaid-like).
 * - workload.csv: 400 teachers: classes, students, prep hours, grading items, meetings, a term
 *   constant column; weekly_hours.
 * - broken copies for data errors: students-gaps.csv (NA and empty cells), clicks-dates.csv (an ISO
 *   date column), admissions-pilot.csv (3 rows).
 */
import * as fs from 'fs';
import * as path from 'path';
import { clamp, normal, rng, sigmoid } from '../../faults/data-random';

const DIR = __dirname;

type Cell = number | string;

function write(name: string, header: string[], rows: Cell[][]): void {
  const text = [header.join(','), ...rows.map((r) => r.map((c) => (typeof c === 'number' ? fmt(c) : c)).join(','))].join('\n') + '\n';
  fs.writeFileSync(path.join(DIR, name), text);
  console.log(`${name}: ${rows.length} rows`);
}

function fmt(x: number): string {
  return Number.isInteger(x) ? String(x) : String(Math.round(x * 1000) / 1000);
}

// ---------- students.csv ----------
const studentHeader = ['student_id', 'school_id', 'school_size', 'enrol_epoch', 'attendance', 'homework', 'platform_hours', 'prior_grade', 'age', 'scholarship', 'exam_score', 'pass', 'grade'];
function students(): Cell[][] {
  const next = rng(7101);
  const schools = [
    { id: 101, size: 1450 },
    { id: 102, size: 820 },
    { id: 103, size: 2300 },
  ];
  const rows: Cell[][] = [];
  for (let i = 0; i < 600; i++) {
    const school = schools[Math.floor(next() * 3)];
    const attendance = clamp(normal(next, 0.82, 0.12), 0.3, 1);
    const homework = Math.round(clamp(normal(next, 18, 6), 0, 30));
    const hours = Math.round(clamp(Math.exp(normal(next, 3, 0.7)), 1, 250) * 10) / 10;
    const prior = Math.round(clamp(normal(next, 66, 13), 20, 100));
    const age = 17 + Math.round(clamp(Math.exp(normal(next, 0.9, 0.6)), 0, 14));
    const scholarship = next() < 0.25 ? 1 : 0;
    const epoch = 1693526400 + Math.round(next() * 40 * 86400);
    const raw =
      -23 + 34 * attendance + 0.9 * homework + 0.45 * prior + 4 * Math.log(1 + hours) + 3 * scholarship - 0.4 * (age - 18) +
      6 * Math.tanh((attendance - 0.7) * 8) + normal(next, 0, 3.5);
    const score = Math.round(clamp(raw, 0, 100) * 10) / 10;
    const pass = score >= 50 ? 1 : 0;
    const grade = score >= 80 ? 'A' : score >= 70 ? 'B' : score >= 60 ? 'C' : score >= 50 ? 'D' : 'F';
    rows.push([10001 + i, school.id, school.size, epoch, attendance, homework, hours, prior, age, scholarship, score, pass, grade]);
  }
  return rows;
}

// ---------- rarefail.csv ----------
function rarefail(): Cell[][] {
  const next = rng(7102);
  const rows: Cell[][] = [];
  for (let i = 0; i < 520; i++) {
    const attendance = clamp(normal(next, 0.86, 0.1), 0.3, 1);
    const homework = Math.round(clamp(normal(next, 20, 5), 0, 30));
    const prior = Math.round(clamp(normal(next, 70, 11), 25, 100));
    const quizAvg = clamp(normal(next, 0.72, 0.12), 0.1, 1);
    const z = 10 * (attendance - 0.86) + 0.25 * (homework - 20) + 0.12 * (prior - 70) + 8 * (quizAvg - 0.72);
    const fail = next() < sigmoid(-6.3 - 1.7 * z) ? 1 : 0;
    rows.push([attendance, homework, prior, quizAvg, fail]);
  }
  return rows;
}

// ---------- clicks.csv ----------
function clicks(): Cell[][] {
  const next = rng(7103);
  const rows: Cell[][] = [];
  for (let i = 0; i < 700; i++) {
    const engagement = normal(next, 0, 1);
    const sessions = Math.max(0, Math.round(Math.exp(1 + 0.6 * engagement + normal(next, 0.8, 0.4))));
    const video = Math.round(Math.exp(5.8 + 0.7 * engagement + normal(next, 0.6, 0.5)));
    const quiz = Math.max(0, Math.round(4 + 2.5 * engagement + normal(next, 0, 1.5)));
    const forum = next() < 0.35 + 0.2 * clamp(engagement, -1, 1) ? Math.round(Math.exp(normal(next, 1, 0.8))) : 0;
    const days = Math.round(1 + next() * 180);
    const epoch = 1704067200 + Math.round(next() * 180 * 86400);
    const z = -0.9 - 1.6 * engagement - 0.35 * (quiz - 4) / 2.5 + 0.006 * (days - 90) - 0.3 * Math.min(forum, 3) + normal(next, 0, 0.5);
    const dropout = z > 0 ? 1 : 0;
    rows.push([200001 + i, 31 + (i % 4), epoch, sessions, video, quiz, forum, days, dropout]);
  }
  return rows;
}

// ---------- admissions.csv ----------
function admissions(): Cell[][] {
  const next = rng(7104);
  const rows: Cell[][] = [];
  for (let i = 0; i < 540; i++) {
    const sat = Math.round(clamp(normal(next, 1150, 170), 400, 1600) / 10) * 10;
    const gpa = Math.round(clamp(normal(next, 3.2, 0.45), 1.5, 4) * 100) / 100;
    const essay = Math.round(clamp(normal(next, 620, 180), 150, 1300));
    const rec = Math.round(clamp(normal(next, 3.2, 1), 1, 5));
    const firstGen = next() < 0.3 ? 1 : 0;
    const score = (sat - 1150) / 170 + (gpa - 3.2) / 0.45 + 0.35 * (essay - 620) / 180 + 0.4 * (rec - 3.2) + 0.3 * firstGen + normal(next, 0, 0.35);
    const decision = score > 0.8 ? 'admit' : score < -0.5 ? 'reject' : 'waitlist';
    rows.push([900001 + i, sat, gpa, essay, rec, firstGen, decision]);
  }
  return rows;
}

// ---------- reading.csv ----------
function reading(): Cell[][] {
  const next = rng(7105);
  const rows: Cell[][] = [];
  for (let i = 0; i < 450; i++) {
    const level = next();
    const sentence = clamp(8 + 18 * level + normal(next, 0, 3), 5, 35);
    const syllables = clamp(1.2 + 0.6 * level + normal(next, 0, 0.08), 1.05, 2.2);
    const letters = clamp(3.6 + 1.8 * (syllables - 1.2) + normal(next, 0, 0.15), 3, 6.5);
    const rare = clamp(0.03 + 0.2 * level + normal(next, 0, 0.03), 0, 0.4);
    const words = Math.round(clamp(Math.exp(normal(next, 7.2 + 0.8 * level, 0.5)), 150, 12000));
    const grade = clamp(0.39 * sentence + 11.8 * syllables - 15.59 + 12 * rare + normal(next, 0, 0.6), 0.5, 18);
    rows.push([sentence, letters, syllables, rare, words, Math.round(grade * 100) / 100]);
  }
  return rows;
}

// ---------- workload.csv ----------
function workload(): Cell[][] {
  const next = rng(7106);
  const rows: Cell[][] = [];
  for (let i = 0; i < 400; i++) {
    const classes = 2 + Math.floor(next() * 5);
    const studentsTotal = Math.round(classes * clamp(normal(next, 26, 5), 12, 38));
    const prep = Math.round(clamp(normal(next, 2.2, 0.7), 0.5, 5) * 10) / 10;
    const grading = Math.round(studentsTotal * clamp(normal(next, 1.5, 0.5), 0.3, 3));
    const meetings = Math.round(clamp(normal(next, 3, 1.5), 0, 8));
    const hours = 12 + 3.2 * classes + prep * classes * 0.9 + 0.09 * grading + 1.1 * meetings + normal(next, 0, 1.8);
    rows.push([7000 + i, 38, classes, studentsTotal, prep, grading, meetings, Math.round(hours * 10) / 10]);
  }
  return rows;
}

const studentRows = students();
write('students.csv', studentHeader, studentRows);
write('rarefail.csv', ['attendance', 'homework', 'prior_grade', 'quiz_avg', 'fail'], rarefail());
const clickHeader = ['learner_id', 'course_id', 'enrol_epoch', 'sessions', 'video_minutes', 'quiz_attempts', 'forum_posts', 'days_since_enrol', 'dropout'];
const clickRows = clicks();
write('clicks.csv', clickHeader, clickRows);
const admissionRows = admissions();
write('admissions.csv', ['applicant_id', 'test_score', 'gpa', 'essay_words', 'recommendation', 'first_gen', 'decision'], admissionRows);
write('reading.csv', ['sentence_words', 'word_letters', 'syllables_per_word', 'rare_word_share', 'word_count', 'reading_level'], reading());
write('workload.csv', ['teacher_id', 'term_weeks', 'classes', 'students_total', 'prep_hours_per_class', 'grading_items', 'meetings', 'weekly_hours'], workload());

// ---------- broken copies ----------
const gapsNext = rng(7107);
write(
  'students-gaps.csv',
  studentHeader,
  studentRows.map((r) => r.map((c, j) => ((j === 6 || j === 4) && gapsNext() < 0.06 ? (gapsNext() < 0.5 ? 'NA' : '') : c))),
);
write(
  'clicks-dates.csv',
  ['learner_id', 'enrol_date', 'sessions', 'video_minutes', 'quiz_attempts', 'forum_posts', 'days_since_enrol', 'dropout'],
  clickRows.map((r) => [r[0], new Date(Number(r[2]) * 1000).toISOString().slice(0, 10), ...r.slice(3)]),
);
write('admissions-pilot.csv', ['applicant_id', 'test_score', 'gpa', 'essay_words', 'recommendation', 'first_gen', 'decision'], admissionRows.slice(0, 3));
