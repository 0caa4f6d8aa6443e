// The draft editor: CodeMirror 6 with its lint extension. Findings arrive from the server
// with UTF-16 offsets (JavaScript's and CodeMirror's), so they map onto the document as is.

import { history, defaultKeymap, historyKeymap } from "@codemirror/commands";
import { type Diagnostic, lintKeymap, setDiagnostics } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, placeholder } from "@codemirror/view";
import { type CardHandlers, renderCard } from "./card";
import type { Finding } from "./types";

export interface DraftEditor {
  view: EditorView;
  text(): string;
  show(findings: Finding[], handlers: CardHandlers): void;
  findingAtCursor(findings: Finding[]): Finding | undefined;
  select(finding: Finding): void;
  replace(from: number, to: number, insert: string): void;
}

const theme = EditorView.theme({
  "&": { minHeight: "12rem", fontSize: "1.05rem", border: "1px solid #6b6b6b", borderRadius: "4px" },
  "&.cm-focused": { outline: "3px solid #1a5fb4", outlineOffset: "2px" },
  ".cm-scroller": { fontFamily: "inherit" },
  ".cm-content": { padding: "0.75rem", lineHeight: "1.6" },
  // Underlines differ in shape as well as colour: wavy, dashed, dotted.
  ".cm-lintRange": { backgroundImage: "none", paddingBottom: "0" },
  ".cm-lintRange-error": {
    textDecoration: "underline wavy #b3261e 2px",
    textUnderlineOffset: "4px",
    backgroundColor: "#fbe9e7",
  },
  ".cm-lintRange-warning": {
    textDecoration: "underline dashed #8a5300 2px",
    textUnderlineOffset: "4px",
    backgroundColor: "#fff4e0",
  },
  ".cm-lintRange-info": {
    textDecoration: "underline dotted #1a5fb4 2px",
    textUnderlineOffset: "4px",
  },
  ".cm-tooltip-lint": { maxWidth: "32rem", maxHeight: "60vh", overflowY: "auto" },
  ".cm-diagnostic": { padding: "0.25rem 0.5rem" },
});

export function createEditor(
  parent: HTMLElement,
  labelId: string,
  onChange: () => void,
  onCursor: () => void,
): DraftEditor {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: "",
      extensions: [
        history(),
        keymap.of([...defaultKeymap, ...historyKeymap, ...lintKeymap]),
        EditorView.lineWrapping,
        placeholder("Write or paste your post here…"),
        EditorView.contentAttributes.of({
          "aria-labelledby": labelId,
          "aria-multiline": "true",
          "aria-describedby": "editor-help",
        }),
        theme,
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange();
          if (update.selectionSet || update.docChanged) onCursor();
        }),
      ],
    }),
  });

  return {
    view,
    text: () => view.state.doc.toString(),
    show(findings, handlers) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = findings.map((finding) => ({
        from: Math.min(finding.start_utf16, length),
        to: Math.min(finding.end_utf16, length),
        severity: finding.severity,
        message: finding.message,
        source: finding.rule,
        renderMessage: () => renderCard(finding, handlers, { inTooltip: true }),
      }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    findingAtCursor(findings) {
      const head = view.state.selection.main.head;
      return findings.find((f) => f.start_utf16 <= head && head <= f.end_utf16);
    },
    select(finding) {
      view.dispatch({
        selection: { anchor: finding.start_utf16, head: finding.end_utf16 },
        scrollIntoView: true,
      });
    },
    replace(from, to, insert) {
      view.dispatch({ changes: { from, to, insert }, userEvent: "input.fix" });
      view.focus();
    },
  };
}
