import { mergeClasses } from "@fluentui/react-components";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { useGridStyles } from "./grid-styles";

/** The in-cell dropdown of a list-validated cell. Picking goes through user.pick (see Grid). */
export function ListPicker({
  items,
  current,
  top,
  left,
  label,
  onPick,
  onClose,
}: {
  items: string[];
  current: string;
  top: number;
  left: number;
  label: string;
  onPick: (value: string) => void;
  onClose: () => void;
}) {
  const styles = useGridStyles();
  const id = useId().replace(/:/g, "");
  const list = useRef<HTMLUListElement>(null);
  const [index, setIndex] = useState(() =>
    Math.max(
      0,
      items.findIndex((item) => item.toLowerCase() === current.toLowerCase()),
    ),
  );
  useEffect(() => list.current?.focus({ preventScroll: true }), []);

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    e.stopPropagation();
    if (e.key === "ArrowDown") setIndex(Math.min(items.length - 1, index + 1));
    else if (e.key === "ArrowUp") setIndex(Math.max(0, index - 1));
    else if (e.key === "Enter" || e.key === " ") {
      const item = items[index];
      if (item !== undefined) onPick(item);
    } else if (e.key === "Escape" || e.key === "Tab") onClose();
    else return;
    e.preventDefault();
  };

  return (
    <ul
      ref={list}
      role="listbox"
      aria-label={label}
      tabIndex={-1}
      aria-activedescendant={items.length ? `${id}-${index}` : undefined}
      className={styles.picker}
      style={{ top, left }}
      onKeyDown={onKeyDown}
      onBlur={onClose}
    >
      {items.map((item, i) => (
        <li
          key={item}
          id={`${id}-${i}`}
          role="option"
          aria-selected={i === index}
          className={mergeClasses(styles.option, i === index ? styles.optionActive : undefined)}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onPick(item)}
        >
          {item}
        </li>
      ))}
    </ul>
  );
}
