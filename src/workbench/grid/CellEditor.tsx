import { useEffect, useRef, type KeyboardEvent } from "react";
import { moveKeyOf, type MoveKey } from "./grid-keys";
import { useGridStyles } from "./grid-styles";

/** "enter": started by typing (arrows commit and move, as in Excel); "edit": F2 / double-click (arrows move the caret). */
export interface Editing {
  r: number;
  c: number;
  text: string;
  mode: "enter" | "edit";
}

const ARROWS: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

export function CellEditor({
  editing,
  top,
  left,
  minWidth,
  label,
  onChange,
  onCommit,
  onCancel,
}: {
  editing: Editing;
  top: number;
  left: number;
  minWidth: number;
  label: string;
  onChange: (text: string) => void;
  /** `via`: Tab or Enter (they continue or end a Tab run); null for arrows. */
  onCommit: (move: [number, number], via: MoveKey | null) => void;
  onCancel: () => void;
}) {
  const styles = useGridStyles();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const arrow = ARROWS[e.key];
    let move: [number, number] | null = null;
    if (e.key === "Enter") move = [e.shiftKey ? -1 : 1, 0];
    else if (e.key === "Tab") move = [0, e.shiftKey ? -1 : 1];
    else if (arrow && editing.mode === "enter") move = arrow;
    if (e.key === "Escape") {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (move) {
      e.preventDefault();
      e.stopPropagation();
      onCommit(move, moveKeyOf(e));
    }
  };

  return (
    <input
      ref={input}
      aria-label={label}
      className={styles.editor}
      style={{ top, left, minWidth, width: Math.max(minWidth, editing.text.length * 8 + 16) }}
      value={editing.text}
      onChange={(e) => onChange(e.currentTarget.value)}
      onKeyDown={onKeyDown}
      onPaste={(e) => e.stopPropagation()}
    />
  );
}
