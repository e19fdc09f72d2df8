import { svg, type SVGTemplateResult } from 'lit';

/** Plain line icons, drawn inline (no icon font to download). They are decoration: aria-hidden. */
const paths: Record<string, SVGTemplateResult> = {
  home: svg`<path d="M3 11l9-7 9 7v9a1 1 0 0 1-1 1h-5v-6h-6v6H4a1 1 0 0 1-1-1z"/>`,
  people: svg`<circle cx="9" cy="8" r="3.5"/><path d="M2 20c0-4 3-6 7-6s7 2 7 6"/><circle cx="17" cy="9" r="2.5"/><path d="M16 14c3 0 6 2 6 5"/>`,
  person: svg`<circle cx="12" cy="8" r="4"/><path d="M4 21c0-5 4-7 8-7s8 2 8 7"/>`,
  check: svg`<path d="M4 12l5 5L20 6"/>`,
  clock: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 3"/>`,
  gear: svg`<circle cx="12" cy="12" r="3"/><path d="M12 2v3M12 19v3M2 12h3M19 12h3M5 5l2 2M17 17l2 2M5 19l2-2M17 7l2-2"/>`,
  tree: svg`<rect x="9" y="2" width="6" height="5"/><rect x="2" y="17" width="6" height="5"/><rect x="16" y="17" width="6" height="5"/><path d="M12 7v5M5 17v-5h14v5"/>`,
  key: svg`<circle cx="8" cy="15" r="4"/><path d="M11 12l9-9M17 6l3 3"/>`,
  lock: svg`<rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>`,
  eye: svg`<path d="M2 12s4-7 10-7 10 7 10 7-4 7-10 7S2 12 2 12z"/><circle cx="12" cy="12" r="3"/>`,
  exit: svg`<path d="M14 4h6v16h-6M10 8l-4 4 4 4M6 12h10"/>`,
  folder: svg`<path d="M3 6a1 1 0 0 1 1-1h5l2 2h9a1 1 0 0 1 1 1v10a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1z"/>`,
  plus: svg`<path d="M12 5v14M5 12h14"/>`,
  chart: svg`<path d="M4 20V4M4 20h16"/><rect x="7" y="12" width="3" height="6"/><rect x="12" y="8" width="3" height="10"/><rect x="17" y="14" width="3" height="4"/>`,
  file: svg`<path d="M6 2h8l5 5v14a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1V3a1 1 0 0 1 1-1z"/><path d="M14 2v5h5M8 13h8M8 17h8"/>`,
  globe: svg`<circle cx="12" cy="12" r="9"/><path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>`,
};

export type IconName = keyof typeof paths;

export function icon(name: IconName, size = 24) {
  return svg`<svg aria-hidden="true" focusable="false" width=${size} height=${size} viewBox="0 0 24 24"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${paths[name]}</svg>`;
}

/** A module's own line drawing, given as SVG path data in its UI definition (the core checked it is path data only). */
export function pathIcon(d: string, size = 24) {
  return svg`<svg aria-hidden="true" focusable="false" width=${size} height=${size} viewBox="0 0 24 24"
    fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${d}/></svg>`;
}
