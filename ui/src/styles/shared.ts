import { css } from 'lit';

/**
 * Shared look. Colours are chosen for WCAG AA on white: text #1b1b1b (17:1), primary #1f5f7a
 * (7:1 with white text), error #a4161a (7.6:1), muted #555 (7.4:1). Touch targets are 44 px or more.
 */
export const shared = css`
  :host {
    display: block;
    font-family: 'Noto Sans Khmer', system-ui, sans-serif;
    color: #1b1b1b;
    line-height: 1.6;
  }
  h1, h2, h3 { line-height: 1.3; margin: 0.6em 0 0.4em; }
  h1 { font-size: 1.35rem; }
  h2 { font-size: 1.15rem; }
  a { color: #1f5f7a; }
  button, .button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    padding: 0.4em 1em;
    border-radius: 8px;
    border: 2px solid #1f5f7a;
    background: #1f5f7a;
    color: #fff;
    cursor: pointer;
    text-decoration: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
  }
  button.secondary, .button.secondary { background: #fff; color: #1f5f7a; }
  button.danger { background: #a4161a; border-color: #a4161a; }
  button:disabled { opacity: 0.6; cursor: default; }
  :focus-visible { outline: 3px solid #e8a317; outline-offset: 2px; }
  label { display: block; font-weight: 600; margin: 0.8em 0 0.2em; }
  input, select, textarea {
    font: inherit;
    box-sizing: border-box;
    width: 100%;
    min-height: 44px;
    padding: 0.4em 0.6em;
    border: 2px solid #6b6b6b;
    border-radius: 8px;
    background: #fff;
    color: #1b1b1b;
  }
  input[type='checkbox'] { width: 28px; min-height: 28px; height: 28px; margin: 0; }
  .check { display: flex; gap: 0.6em; align-items: center; font-weight: 400; }
  .error { color: #a4161a; font-weight: 600; }
  .muted { color: #555; }
  .notice { background: #eef5f8; border-left: 4px solid #1f5f7a; padding: 0.6em 0.8em; border-radius: 4px; }
  .row { display: flex; gap: 0.6em; flex-wrap: wrap; align-items: center; }
  .list { list-style: none; padding: 0; margin: 0; }
  .list > li { border-bottom: 1px solid #ddd; padding: 0.6em 0; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: 0.4em; border-bottom: 1px solid #ddd; vertical-align: top; }
  /* a table wider than the phone scrolls sideways; the region takes focus so the keyboard can scroll it too */
  .scroll { overflow-x: auto; }
  .visually-hidden {
    position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
  }
`;
