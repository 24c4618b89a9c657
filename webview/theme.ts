/**
 * Theme colours, read at run time from the `--vscode-*` CSS variables VS Code sets on the webview's
 * root element, so the charts follow light, dark and high-contrast themes. Re-read when the theme
 * changes (VS Code swaps the body class `vscode-light` / `vscode-dark` / `vscode-high-contrast` and
 * rewrites the variables in the root element's style).
 */
import type { ColorRole } from './series';

export type ThemeKind = 'light' | 'dark' | 'high-contrast' | 'high-contrast-light';

export interface Theme {
  kind: ThemeKind;
  /** Bumped on every read, so views know their colours are stale. */
  generation: number;
  foreground: string;
  muted: string;
  background: string;
  border: string;
  grid: string;
  warning: string;
  error: string;
  info: string;
  font: string;
  fontSize: number;
  named: Record<'blue' | 'orange' | 'green' | 'purple' | 'red' | 'yellow', string>;
  /** One colour per layer, cycling. */
  palette: string[];
}

/** Dark+ defaults, used when a variable is missing (e.g. outside VS Code). */
const FALLBACK = {
  '--vscode-charts-blue': '#3794ff',
  '--vscode-charts-orange': '#d18616',
  '--vscode-charts-green': '#89d185',
  '--vscode-charts-purple': '#b180d7',
  '--vscode-charts-red': '#f14c4c',
  '--vscode-charts-yellow': '#cca700',
  '--vscode-editor-foreground': '#cccccc',
  '--vscode-descriptionForeground': '#9d9d9d',
  '--vscode-editor-background': '#1e1e1e',
  '--vscode-panel-border': '#80808059',
  '--vscode-editorWarning-foreground': '#cca700',
  '--vscode-editorError-foreground': '#f14c4c',
  '--vscode-editorInfo-foreground': '#3794ff',
} as const;

let probe: CanvasRenderingContext2D | null | undefined;

/** Any CSS colour → the canvas's normalised form (`#rrggbb` or `rgba(…)`), or undefined if invalid. */
export function normalizeColor(value: string): string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  if (probe === undefined) probe = document.createElement('canvas').getContext('2d');
  if (!probe) return text;
  probe.fillStyle = '#010203';
  probe.fillStyle = text;
  const a = String(probe.fillStyle);
  probe.fillStyle = '#040506';
  probe.fillStyle = text;
  const b = String(probe.fillStyle);
  return a === b ? a : undefined;
}

let generation = 0;

export function readTheme(): Theme {
  const style = getComputedStyle(document.documentElement);
  const bodyStyle = getComputedStyle(document.body);
  const read = (name: keyof typeof FALLBACK) =>
    normalizeColor(bodyStyle.getPropertyValue(name)) ?? normalizeColor(style.getPropertyValue(name)) ?? FALLBACK[name];
  const cls = document.body.classList;
  const kind: ThemeKind = cls.contains('vscode-high-contrast-light')
    ? 'high-contrast-light'
    : cls.contains('vscode-high-contrast')
      ? 'high-contrast'
      : cls.contains('vscode-light')
        ? 'light'
        : 'dark';
  const named = {
    blue: read('--vscode-charts-blue'),
    orange: read('--vscode-charts-orange'),
    green: read('--vscode-charts-green'),
    purple: read('--vscode-charts-purple'),
    red: read('--vscode-charts-red'),
    yellow: read('--vscode-charts-yellow'),
  };
  const fontSize = parseFloat(bodyStyle.getPropertyValue('--vscode-font-size')) || 13;
  return {
    kind,
    generation: ++generation,
    foreground: read('--vscode-editor-foreground'),
    muted: read('--vscode-descriptionForeground'),
    background: read('--vscode-editor-background'),
    border: read('--vscode-panel-border'),
    grid: read('--vscode-panel-border'),
    warning: read('--vscode-editorWarning-foreground'),
    error: read('--vscode-editorError-foreground'),
    info: read('--vscode-editorInfo-foreground'),
    font: bodyStyle.getPropertyValue('--vscode-font-family').trim() || 'system-ui, sans-serif',
    fontSize,
    named,
    palette: [named.blue, named.orange, named.green, named.purple, named.yellow, named.red],
  };
}

export function roleColor(theme: Theme, role: ColorRole): string {
  if (role.startsWith('layer:')) {
    const i = Number(role.slice(6)) || 0;
    return theme.palette[i % theme.palette.length];
  }
  return theme.named[role as keyof Theme['named']];
}

/** Calls `onChange` when VS Code switches theme (body class or the root's variables change). */
export function watchTheme(onChange: () => void): () => void {
  let pending = false;
  const observer = new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      onChange();
    });
  });
  observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-kind', 'data-vscode-theme-id'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
  return () => observer.disconnect();
}
