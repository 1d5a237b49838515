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

export function ZoomButtons({
  disabled,
  onZoom,
  onFit,
}: {
  disabled: boolean;
  onZoom(direction: "in" | "out"): void;
  onFit(): void;
}) {
  return (
    <div className="flex items-center gap-1" role="group" aria-label="Zoom">
      <Button
        variant="quiet"
        onClick={() => onZoom("in")}
        disabled={disabled}
        aria-label="Zoom in"
        title="Zoom in (+)"
      >
        <Icon kind="in" />
      </Button>
      <Button
        variant="quiet"
        onClick={() => onZoom("out")}
        disabled={disabled}
        aria-label="Zoom out"
        title="Zoom out (−)"
      >
        <Icon kind="out" />
      </Button>
      <Button
        variant="quiet"
        onClick={onFit}
        disabled={disabled}
        aria-label="Fit all"
        title="Fit the filtered meetings"
        className="flex items-center gap-1"
      >
        <Icon kind="fit" /> Fit
      </Button>
    </div>
  );
}
