import { Button } from "../../components/button";

/** Icons drawn as SVG paths: no glyph that needs a font (full-width ＋/－ showed as boxes without CJK fonts). */
const ICONS = {
  in: "M7 3v8M3 7h8M10.5 10.5 14 14",
  out: "M3 7h8M10.5 10.5 14 14",
  fit: "M2 5V2h3M11 2h3v3M14 11v3h-3M5 14H2v-3",
} as const;

function Icon({ kind }: { kind: keyof typeof ICONS }) {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" className="block">
      {kind !== "fit" && <circle cx="7" cy="7" r="5" fill="none" stroke="currentColor" strokeWidth="1.5" />}
      <path d={ICONS[kind]} fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" />
    </svg>
  );
}

/** The three controls, in reading order: name, tooltip (with the keyboard key), icon, visible text. */
const CONTROLS = [
  { action: "in", label: "Zoom in", title: "Zoom in (+)", icon: "in", text: "" },
  { action: "out", label: "Zoom out", title: "Zoom out (−)", icon: "out", text: "" },
  { action: "fit", label: "Fit all", title: "Fit the filtered meetings", icon: "fit", text: "Fit" },
] as const;

export function ZoomButtons({
  disabled,
  atFullRange,
  onZoom,
  onFit,
}: {
  disabled: boolean;
  /** The window shows the whole range already: zooming out would do nothing, so it is disabled. */
  atFullRange: boolean;
  onZoom(direction: "in" | "out"): void;
  onFit(): void;
}) {
  return (
    <div className="flex items-center gap-1" role="group" aria-label="Zoom">
      {CONTROLS.map((control) => (
        <Button
          key={control.action}
          variant="quiet"
          onClick={() => (control.action === "fit" ? onFit() : onZoom(control.action))}
          disabled={disabled || (control.action === "out" && atFullRange)}
          aria-label={control.label}
          title={control.title}
          className={control.text ? "flex items-center gap-1" : undefined}
        >
          <Icon kind={control.icon} />
          {control.text}
        </Button>
      ))}
    </div>
  );
}
