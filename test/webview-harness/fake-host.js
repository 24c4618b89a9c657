// Loaded before dist/webview.js in the harness page: plays VS Code's part. It defines
// acquireVsCodeApi (once only, as VS Code does), records what the panel posts, keeps
// getState/setState in memory, sets the --vscode-* variables of a theme on the root element
// (through the CSSOM, as VS Code does, so the strict CSP allows it) and records CSP violations.
(function () {
  'use strict';

  const THEMES = {
    dark: {
      kind: 'vscode-dark',
      vars: {
        '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
        '--vscode-font-size': '13px',
        '--vscode-font-weight': 'normal',
        '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
        '--vscode-foreground': '#cccccc',
        '--vscode-descriptionForeground': '#9d9d9d',
        '--vscode-errorForeground': '#f85149',
        '--vscode-focusBorder': '#0078d4',
        '--vscode-editor-background': '#1f1f1f',
        '--vscode-editor-foreground': '#cccccc',
        '--vscode-editorWidget-background': '#202020',
        '--vscode-panel-border': '#2b2b2b',
        '--vscode-button-background': '#0078d4',
        '--vscode-button-foreground': '#ffffff',
        '--vscode-button-hoverBackground': '#026ec1',
        '--vscode-button-border': '#ffffff12',
        '--vscode-button-secondaryBackground': '#313131',
        '--vscode-button-secondaryForeground': '#cccccc',
        '--vscode-button-secondaryHoverBackground': '#3c3c3c',
        '--vscode-charts-foreground': '#cccccc',
        '--vscode-charts-lines': 'rgba(204, 204, 204, 0.5)',
        '--vscode-charts-red': '#f14c4c',
        '--vscode-charts-blue': '#3794ff',
        '--vscode-charts-yellow': '#cca700',
        '--vscode-charts-orange': '#d18616',
        '--vscode-charts-green': '#89d185',
        '--vscode-charts-purple': '#b180d7',
        '--vscode-editorError-foreground': '#f14c4c',
        '--vscode-editorWarning-foreground': '#cca700',
        '--vscode-editorInfo-foreground': '#3794ff',
        '--vscode-list-hoverBackground': '#2a2d2e',
        '--vscode-textBlockQuote-background': '#2b2b2b',
        '--vscode-textPreformat-foreground': '#d0d0d0',
        '--vscode-textPreformat-background': '#3c3c3c',
        '--vscode-textLink-foreground': '#4daafc',
        '--vscode-inputValidation-infoBackground': '#063b49',
        '--vscode-inputValidation-infoBorder': '#007acc',
        '--vscode-editor-selectionBackground': '#264f78',
        '--vscode-scrollbarSlider-background': 'rgba(121, 121, 121, 0.4)',
      },
    },
    light: {
      kind: 'vscode-light',
      vars: {
        '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
        '--vscode-font-size': '13px',
        '--vscode-font-weight': 'normal',
        '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
        '--vscode-foreground': '#3b3b3b',
        '--vscode-descriptionForeground': '#3b3b3b',
        '--vscode-errorForeground': '#f85149',
        '--vscode-focusBorder': '#005fb8',
        '--vscode-editor-background': '#ffffff',
        '--vscode-editor-foreground': '#3b3b3b',
        '--vscode-editorWidget-background': '#f8f8f8',
        '--vscode-panel-border': '#e5e5e5',
        '--vscode-button-background': '#005fb8',
        '--vscode-button-foreground': '#ffffff',
        '--vscode-button-hoverBackground': '#0258a8',
        '--vscode-button-border': '#0000001a',
        '--vscode-button-secondaryBackground': '#e5e5e5',
        '--vscode-button-secondaryForeground': '#3b3b3b',
        '--vscode-button-secondaryHoverBackground': '#cccccc',
        '--vscode-charts-foreground': '#3b3b3b',
        '--vscode-charts-lines': 'rgba(59, 59, 59, 0.5)',
        '--vscode-charts-red': '#e51400',
        '--vscode-charts-blue': '#1a85ff',
        '--vscode-charts-yellow': '#bf8803',
        '--vscode-charts-orange': '#d18616',
        '--vscode-charts-green': '#388a34',
        '--vscode-charts-purple': '#652d90',
        '--vscode-editorError-foreground': '#e51400',
        '--vscode-editorWarning-foreground': '#bf8803',
        '--vscode-editorInfo-foreground': '#1a85ff',
        '--vscode-list-hoverBackground': '#f2f2f2',
        '--vscode-textBlockQuote-background': '#f8f8f8',
        '--vscode-textPreformat-foreground': '#3b3b3b',
        '--vscode-textPreformat-background': '#0000001f',
        '--vscode-textLink-foreground': '#005fb8',
        '--vscode-inputValidation-infoBackground': '#d6ecf2',
        '--vscode-inputValidation-infoBorder': '#007acc',
        '--vscode-editor-selectionBackground': '#add6ff',
        '--vscode-scrollbarSlider-background': 'rgba(100, 100, 100, 0.4)',
      },
    },
    'high-contrast': {
      kind: 'vscode-high-contrast',
      vars: {
        '--vscode-font-family': 'system-ui, "Ubuntu", "Droid Sans", sans-serif',
        '--vscode-font-size': '13px',
        '--vscode-font-weight': 'normal',
        '--vscode-editor-font-family': '"Droid Sans Mono", "monospace", monospace',
        '--vscode-foreground': '#ffffff',
        '--vscode-descriptionForeground': 'rgba(255, 255, 255, 0.7)',
        '--vscode-errorForeground': '#f48771',
        '--vscode-focusBorder': '#f38518',
        '--vscode-contrastBorder': '#6fc3df',
        '--vscode-editor-background': '#000000',
        '--vscode-editor-foreground': '#ffffff',
        '--vscode-editorWidget-background': '#0c141f',
        '--vscode-panel-border': '#6fc3df',
        '--vscode-button-background': '#000000',
        '--vscode-button-foreground': '#ffffff',
        '--vscode-button-border': '#6fc3df',
        '--vscode-button-secondaryBackground': '#000000',
        '--vscode-button-secondaryForeground': '#ffffff',
        '--vscode-charts-foreground': '#ffffff',
        '--vscode-charts-red': '#f14c4c',
        '--vscode-charts-blue': '#3794ff',
        '--vscode-charts-yellow': '#cca700',
        '--vscode-charts-orange': '#d18616',
        '--vscode-charts-green': '#89d185',
        '--vscode-charts-purple': '#b180d7',
        '--vscode-editorError-foreground': '#f48771',
        '--vscode-editorWarning-foreground': '#cca700',
        '--vscode-editorInfo-foreground': '#3794ff',
        '--vscode-textPreformat-foreground': '#ffffff',
        '--vscode-textLink-foreground': '#21a6ff',
        '--vscode-editor-selectionBackground': '#ffffff',
      },
    },
  };

  const harness = {
    posted: [],
    state: window.__initialState,
    setStateCalls: 0,
    violations: [],
    apiCalls: 0,
    send(message) {
      // VS Code delivers host messages as `message` events on the webview's window.
      window.dispatchEvent(new MessageEvent('message', { data: message }));
    },
    applyTheme(name) {
      const theme = THEMES[name];
      const root = document.documentElement;
      for (const t of Object.values(THEMES)) for (const key of Object.keys(t.vars)) root.style.removeProperty(key);
      for (const [key, value] of Object.entries(theme.vars)) root.style.setProperty(key, value);
      document.body.className = theme.kind;
      document.body.setAttribute('data-vscode-theme-kind', theme.kind);
    },
  };
  window.__harness = harness;

  document.addEventListener('securitypolicyviolation', (e) => {
    harness.violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
  });

  window.acquireVsCodeApi = function () {
    harness.apiCalls++;
    if (harness.apiCalls > 1) throw new Error('An instance of the VS Code API has already been acquired');
    return Object.freeze({
      postMessage(message) {
        harness.posted.push(JSON.parse(JSON.stringify(message)));
      },
      getState() {
        return harness.state;
      },
      setState(state) {
        harness.setStateCalls++;
        harness.state = JSON.parse(JSON.stringify(state));
        return state;
      },
    });
  };

  harness.applyTheme(new URLSearchParams(location.search).get('theme') || 'dark');
})();
